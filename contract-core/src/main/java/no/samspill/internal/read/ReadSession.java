package no.samspill.internal.read;

import com.fasterxml.jackson.databind.DeserializationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while binding one description to the model. One per read call, handed to
 * the deserializers as a context attribute, so that the shared mapper holds no per-call state.
 */
final class ReadSession {

    /** A problem whose position is looked up in the source map once binding is done. */
    record Finding(String path, boolean atKey, String message) {}

    private final List<Finding> findings = new ArrayList<>();

    static ReadSession of(DeserializationContext context) {
        Object session = context.getAttribute(ReadSession.class);
        if (session == null) {
            throw new IllegalStateException("the contract mapper was used outside ContractReader");
        }
        return (ReadSession) session;
    }

    void atValue(String path, String message) {
        findings.add(new Finding(path, false, message));
    }

    void atKey(String path, String message) {
        findings.add(new Finding(path, true, message));
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }
}

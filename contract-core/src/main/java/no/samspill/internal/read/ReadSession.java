package no.samspill.internal.read;

import com.fasterxml.jackson.databind.DeserializationContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.samspill.model.Language;

/**
 * The problems found while binding one description to the model. One per read call, handed to
 * the deserializers as a context attribute, so that the shared mapper holds no per-call state.
 */
final class ReadSession {

    private final Language edition;
    private final Language declared;
    private final Set<String> languageMaps = new LinkedHashSet<>();
    private final Deque<String> mappings = new ArrayDeque<>();

    /**
     * @param edition the language whose text is read from each translatable value
     * @param declared the description's {@code contract.language}: the language of its plain strings
     */
    ReadSession(Language edition, Language declared) {
        this.edition = edition;
        this.declared = declared;
    }

    Language edition() {
        return edition;
    }

    Language declared() {
        return declared;
    }

    /** The mapping whose keys are being read from here on: its path, {@code contract.term}. */
    void enterMapping(String path) {
        mappings.push(path);
    }

    void leaveMapping() {
        mappings.pop();
    }

    /**
     * The path of the mapping being read. Jackson may hold back an unknown key of a record until
     * the record's other keys are read, when the parser stands elsewhere; the mapping is still this one.
     */
    String mappingPath() {
        return mappings.isEmpty() ? "" : mappings.peek();
    }

    /** Remembers a value given per language, so that later problems can point at the edition's entry. */
    void languageMap(String path) {
        languageMaps.add(path);
    }

    Set<String> languageMaps() {
        return Set.copyOf(languageMaps);
    }

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

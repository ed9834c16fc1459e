package no.samspill.doc;

import java.util.List;
import no.samspill.ContractException;

/**
 * A cross-reference that cannot be resolved: it points at no section, appendix or part, or the
 * anchor it points at is used by more than one of them. The template layer catches it and names
 * the template and line that wrote the anchor.
 */
public class CrossReferenceException extends ContractException {
    private static final long serialVersionUID = 1L;

    /** Why the anchor could not be used. */
    public enum Reason {
        /** No section, appendix or part has the anchor. */
        UNKNOWN_ANCHOR,
        /** More than one section, appendix or part has the anchor. */
        DUPLICATE_ANCHOR
    }

    private final Reason reason;
    private final List<String> anchors;

    public CrossReferenceException(Reason reason, List<String> anchors) {
        super(messageFor(reason, anchors));
        this.reason = reason;
        this.anchors = List.copyOf(anchors);
    }

    public Reason reason() {
        return reason;
    }

    /** The offending anchors, in the order they appear in the document. */
    public List<String> anchors() {
        return anchors;
    }

    /** The first offending anchor. */
    public String anchor() {
        return anchors.get(0);
    }

    private static String messageFor(Reason reason, List<String> anchors) {
        String quoted = "\"" + String.join("\", \"", anchors) + "\"";
        if (reason == Reason.UNKNOWN_ANCHOR) {
            return (anchors.size() == 1
                            ? "A cross-reference points at " + quoted + ", but no section or appendix has that anchor."
                            : "Cross-references point at " + quoted + ", but no section or appendix has these anchors.")
                    + " Check the spelling of the anchor, or add it to the heading it should point at.";
        }
        return (anchors.size() == 1
                        ? "The anchor " + quoted + " is used by more than one heading."
                        : "The anchors " + quoted + " are each used by more than one heading.")
                + " Every anchor must be unique, so that a cross-reference has exactly one target.";
    }
}

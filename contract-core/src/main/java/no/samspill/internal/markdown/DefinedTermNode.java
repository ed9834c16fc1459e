package no.samspill.internal.markdown;

import org.commonmark.node.CustomNode;

/** {@code {{Kunden}}} (a use) or {@code {{=Kunden}}} (the definition). */
final class DefinedTermNode extends CustomNode {
    private final String term;
    private final boolean definition;

    DefinedTermNode(String term, boolean definition) {
        this.term = term;
        this.definition = definition;
    }

    String term() {
        return term;
    }

    boolean definition() {
        return definition;
    }
}

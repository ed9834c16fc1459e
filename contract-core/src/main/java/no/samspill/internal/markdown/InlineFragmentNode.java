package no.samspill.internal.markdown;

import org.commonmark.node.CustomNode;

/** {@code {{@id}}}: where the engine grafts the inlines of a text field read on its own. */
final class InlineFragmentNode extends CustomNode {
    private final String id;

    InlineFragmentNode(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }
}

package no.samspill.internal.markdown;

import org.commonmark.node.CustomNode;

/** {@code §[anchor]}: a reference to a section or appendix, numbered later. */
final class CrossReferenceNode extends CustomNode {
    private final String anchor;

    CrossReferenceNode(String anchor) {
        this.anchor = anchor;
    }

    String anchor() {
        return anchor;
    }
}

package no.samspill.internal.markdown;

import java.util.List;
import org.commonmark.node.CustomNode;

/**
 * A trailing attribute block of a heading, {@code {#anchor}} or {@code {.appendix #anchor}}.
 * Anywhere but at the end of a heading it is turned back into the text it was written as.
 */
final class HeadingAttributesNode extends CustomNode {
    private final String anchor;
    private final List<String> classes;
    private final String source;

    HeadingAttributesNode(String anchor, List<String> classes, String source) {
        this.anchor = anchor;
        this.classes = List.copyOf(classes);
        this.source = source;
    }

    /** The anchor, or null. */
    String anchor() {
        return anchor;
    }

    List<String> classes() {
        return classes;
    }

    String source() {
        return source;
    }
}

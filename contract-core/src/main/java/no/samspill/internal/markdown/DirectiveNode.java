package no.samspill.internal.markdown;

import org.commonmark.node.CustomBlock;

/** A block directive alone on its line, such as {@code [[toc]]} or {@code [[fragment:3]]}. */
final class DirectiveNode extends CustomBlock {
    private final String name;
    private final String argument;

    DirectiveNode(String name, String argument) {
        this.name = name;
        this.argument = argument;
    }

    String name() {
        return name;
    }

    /** The part after the colon, or null. */
    String argument() {
        return argument;
    }
}

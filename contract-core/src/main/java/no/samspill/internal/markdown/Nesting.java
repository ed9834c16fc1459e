package no.samspill.internal.markdown;

import java.util.List;
import java.util.Optional;
import org.commonmark.node.Emphasis;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * How deep Markdown may nest in a contract, and the parser settings that keep deeper input from
 * costing more than it is worth.
 *
 * <p>Every reader of Markdown in samspill (the validator, the text-field reader, the template
 * reader) builds its parser here, so that what {@code validate} measures is what {@code generate}
 * reads. The parser is told to stop opening blocks and inline levels a little beyond the limits:
 * deeper input is then read as plain text, so no later walk over the tree can be driven deeper
 * than the limits allow, however the input was built. The limits themselves are reported as
 * problems (in a value) or errors (in a template) by whoever calls {@link #firstTooDeep}.
 */
public final class Nesting {

    /** A Word document numbers and indents nine list levels; a tenth could only repeat the ninth. */
    public static final int MAX_LIST_LEVELS = 9;

    /** Emphasis inside strong inside emphasis...: nine levels is far beyond any sentence a contract needs. */
    public static final int MAX_INLINE_LEVELS = 9;

    // commonmark counts a list and its item as two open block parsers; one more level than the
    // limit must still be parsed, or the excess could not be seen and reported.
    private static final int OPEN_BLOCK_PARSERS = 2 * (MAX_LIST_LEVELS + 1);
    private static final int INLINE_NESTING = MAX_INLINE_LEVELS + 1;

    private Nesting() {}

    /** A construct nested beyond a limit: the 1-based line within the parsed text, and what to tell the user. */
    public record TooDeep(int line, String message) {}

    /** A parser builder with source spans and the nesting bounds; callers add their extensions. */
    public static Parser.Builder parserBuilder() {
        return Parser.builder()
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .maxOpenBlockParsers(OPEN_BLOCK_PARSERS)
                .maxInlineNesting(INLINE_NESTING);
    }

    /**
     * The first construct, in document order, that nests lists or emphasis deeper than the limits.
     * The walk is iterative: its cost does not depend on the depth of the tree.
     */
    public static Optional<TooDeep> firstTooDeep(Node root) {
        int lists = 0;
        int inlines = 0;
        Node node = root.getFirstChild();
        while (node != null) {
            lists += isList(node) ? 1 : 0;
            inlines += isInlineLevel(node) ? 1 : 0;
            if (lists > MAX_LIST_LEVELS) {
                return Optional.of(new TooDeep(line(node), "lists are nested more than " + MAX_LIST_LEVELS
                        + " levels deep, the most a Word document numbers; flatten the inner lists"));
            }
            if (inlines > MAX_INLINE_LEVELS) {
                return Optional.of(new TooDeep(line(node), "emphasis and strong text are nested more than "
                        + MAX_INLINE_LEVELS + " levels deep; remove the extra * or _ markers"));
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            // Leave the node, and every ancestor whose last child it was, until a next sibling appears.
            while (node != root) {
                lists -= isList(node) ? 1 : 0;
                inlines -= isInlineLevel(node) ? 1 : 0;
                if (node.getNext() != null) {
                    node = node.getNext();
                    break;
                }
                node = node.getParent();
            }
            if (node == root) {
                break;
            }
        }
        return Optional.empty();
    }

    private static boolean isList(Node node) {
        return node instanceof ListBlock;
    }

    private static boolean isInlineLevel(Node node) {
        return node instanceof Emphasis || node instanceof StrongEmphasis;
    }

    /** The 1-based line of the text a node starts on. */
    public static int line(Node node) {
        // A node the parser built without spans (the document) sits on the first line or inside one that has them.
        for (Node at = node; at != null; at = at.getParent()) {
            List<SourceSpan> spans = at.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0).getLineIndex() + 1;
            }
        }
        return 1;
    }
}

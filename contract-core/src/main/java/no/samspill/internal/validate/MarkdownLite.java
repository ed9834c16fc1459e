package no.samspill.internal.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.samspill.internal.markdown.LinkTargets;
import no.samspill.internal.markdown.Nesting;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.parser.Parser;

/**
 * The Markdown-lite subset of text fields: paragraphs, emphasis, strong, bullet and numbered
 * lists, and links to {@code https:} and {@code mailto:} addresses. As the format lays down,
 * headings and raw HTML are errors, reported with the line of the text they are on; everything
 * else outside the subset (images, other links, code, quotes, rules, tables) is not formatting
 * and is printed as the characters the user typed, as are {@code ${...}} and {@code <#...>}.
 */
final class MarkdownLite {

    /** One construct outside the subset: the 1-based line within the text, and what to tell the user. */
    record Finding(int line, String message) {}

    private static final int SNIPPET_LIMIT = 40;

    // Parser instances are immutable and safe to share between threads. Built as the text-field
    // reader builds its own, so that what is checked here is what generation reads.
    private final Parser parser = Nesting.parserBuilder().build();

    List<Finding> check(String text) {
        List<Finding> findings = new ArrayList<>();
        Node document = parser.parse(text);
        // Iterative, in document order: a walk that recursed would cost stack per level of nesting.
        Node node = document;
        while (node != null) {
            String message = messageFor(node);
            if (message != null) {
                findings.add(new Finding(Nesting.line(node), message));
            }
            node = next(node, document);
        }
        Nesting.firstTooDeep(document).ifPresent(tooDeep -> findings.add(new Finding(tooDeep.line(), tooDeep.message())));
        findings.sort(Comparator.comparingInt(Finding::line));
        return findings;
    }

    /**
     * A block of a text, as the columns of a parallel edition align it: a paragraph, or a list
     * with its items, each item a list of blocks. Anything outside the subset is printed as typed,
     * in paragraphs.
     */
    record Block(String kind, List<List<Block>> items) {}

    /** The blocks of {@code text}, to be compared with those of its translation. */
    List<Block> shape(String text) {
        return blocks(parser.parse(text), 0);
    }

    // Nesting is bounded by the validator (Nesting) before any text is rendered; a deeper text
    // is compared down to this depth, and its nesting is reported as too deep in any case.
    private static final int SHAPE_DEPTH = 16;

    private static List<Block> blocks(Node parent, int depth) {
        List<Block> blocks = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if ((child instanceof BulletList || child instanceof OrderedList) && depth < SHAPE_DEPTH) {
                List<List<Block>> items = new ArrayList<>();
                for (Node item = child.getFirstChild(); item != null; item = item.getNext()) {
                    items.add(blocks(item, depth + 1));
                }
                blocks.add(new Block(child instanceof BulletList ? "bullet list" : "numbered list", items));
            } else {
                blocks.add(new Block("paragraph", List.of()));
            }
        }
        return blocks;
    }

    /** "2 paragraphs and a bullet list of 3 items". */
    static String describe(List<Block> shape) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < shape.size()) {
            Block block = shape.get(i);
            if (block.kind().equals("paragraph")) {
                int run = 0;
                while (i < shape.size() && shape.get(i).kind().equals("paragraph")) {
                    run++;
                    i++;
                }
                parts.add(run == 1 ? "a paragraph" : run + " paragraphs");
            } else {
                int items = block.items().size();
                parts.add("a " + block.kind() + " of " + (items == 1 ? "1 item" : items + " items"));
                i++;
            }
        }
        if (parts.isEmpty()) {
            return "no text";
        }
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static Node next(Node node, Node root) {
        if (node.getFirstChild() != null) {
            return node.getFirstChild();
        }
        for (Node at = node; at != root; at = at.getParent()) {
            if (at.getNext() != null) {
                return at.getNext();
            }
        }
        return null;
    }

    private static String messageFor(Node node) {
        if (node instanceof Heading) {
            return "headings are not allowed in a text field; use **strong** text for emphasis";
        }
        if (node instanceof HtmlBlock html) {
            return rawHtml(html.getLiteral());
        }
        if (node instanceof HtmlInline html) {
            return rawHtml(html.getLiteral());
        }
        if (node instanceof Link link && LinkTargets.isContractScheme(link.getDestination())) {
            LinkTargets.Target target = LinkTargets.of(link.getDestination());
            if (!target.isValid()) {
                return "the link address \"" + snippet(link.getDestination()) + "\" cannot be written into the document ("
                        + target.problem() + ")";
            }
        }
        return null;
    }

    private static String rawHtml(String literal) {
        return "raw HTML is not allowed in a text field (\"" + snippet(literal) + "\")";
    }

    // The first line, trimmed and shortened: enough to find the construct, short enough for one problem line.
    private static String snippet(String text) {
        String firstLine = text.strip().split("\\R", 2)[0].strip();
        return firstLine.length() <= SNIPPET_LIMIT ? firstLine : firstLine.substring(0, SNIPPET_LIMIT) + "…";
    }
}

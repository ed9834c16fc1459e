package no.samspill.internal.validate;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
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

    // Parser instances are immutable and safe to share between threads.
    private final Parser parser = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    List<Finding> check(String text) {
        List<Finding> findings = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        visit(parser.parse(text), lines, 1, findings);
        return findings;
    }

    private void visit(Node node, String[] lines, int parentLine, List<Finding> findings) {
        int line = lineOf(node, parentLine);
        String message = messageFor(node, lines);
        if (message != null) {
            findings.add(new Finding(line, message));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            visit(child, lines, line, findings);
        }
    }

    private static String messageFor(Node node, String[] lines) {
        if (node instanceof Heading) {
            return "headings are not allowed in a text field; use **strong** text for emphasis";
        }
        if (node instanceof HtmlBlock html) {
            return rawHtml(html.getLiteral());
        }
        if (node instanceof HtmlInline html) {
            return rawHtml(html.getLiteral());
        }
        return null;
    }

    private static String rawHtml(String literal) {
        return "raw HTML is not allowed in a text field (\"" + snippet(literal) + "\")";
    }

    private static int lineOf(Node node, int fallback) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? fallback : spans.get(0).getLineIndex() + 1;
    }

    // The first line, trimmed and shortened: enough to find the construct, short enough for one problem line.
    private static String snippet(String text) {
        String firstLine = text.strip().split("\\R", 2)[0].strip();
        return firstLine.length() <= SNIPPET_LIMIT ? firstLine : firstLine.substring(0, SNIPPET_LIMIT) + "…";
    }
}

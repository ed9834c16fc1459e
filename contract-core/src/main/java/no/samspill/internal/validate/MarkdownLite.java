package no.samspill.internal.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The Markdown-lite subset of text fields: paragraphs, emphasis, strong, bullet and numbered
 * lists, and links to {@code https:} and {@code mailto:} addresses. Everything else that
 * CommonMark would turn into formatting is reported, with the line of the text it is on.
 *
 * <p>{@code ${...}} and {@code <#...>} are plain text to CommonMark, so they pass: they are
 * printed as typed. Tables are parsed (with the extension the templates use) so that one written
 * in a text field is reported rather than silently flattened.
 */
final class MarkdownLite {

    /** One construct outside the subset: the 1-based line within the text, and what to tell the user. */
    record Finding(int line, String message) {}

    private static final int SNIPPET_LIMIT = 40;

    // Parser instances are immutable and safe to share between threads.
    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
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
        if (node instanceof Image image) {
            return "images are not allowed in a text field (\"" + snippet(image.getDestination()) + "\")";
        }
        if (node instanceof Link link && !isAllowedDestination(link.getDestination())) {
            return "the link to \"" + snippet(link.getDestination())
                    + "\" is not allowed; links must start with https: or mailto:";
        }
        if (node instanceof FencedCodeBlock) {
            return "code blocks (\"```\") are not allowed in a text field; write ordinary paragraphs";
        }
        if (node instanceof IndentedCodeBlock) {
            return "text indented by four or more spaces is read as a code block, which is not allowed"
                    + " in a text field; remove the indentation";
        }
        if (node instanceof Code code) {
            return "code (\"`" + snippet(code.getLiteral()) + "`\") is not allowed in a text field;"
                    + " remove the backticks";
        }
        if (node instanceof BlockQuote) {
            return "block quotes (lines starting with \">\") are not allowed in a text field";
        }
        if (node instanceof ThematicBreak) {
            return "horizontal rules (\"" + snippet(sourceLine(node, lines)) + "\") are not allowed in a text field";
        }
        if (node instanceof TableBlock) {
            return "tables are not allowed in a text field; use a bullet list";
        }
        return null;
    }

    private static String rawHtml(String literal) {
        return "raw HTML is not allowed in a text field (\"" + snippet(literal) + "\")";
    }

    private static boolean isAllowedDestination(String destination) {
        String lower = destination.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https:") || lower.startsWith("mailto:");
    }

    private static int lineOf(Node node, int fallback) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? fallback : spans.get(0).getLineIndex() + 1;
    }

    private static String sourceLine(Node node, String[] lines) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return "";
        }
        int index = spans.get(0).getLineIndex();
        return index < lines.length ? lines[index] : "";
    }

    // The first line, trimmed and shortened: enough to find the construct, short enough for one problem line.
    private static String snippet(String text) {
        String firstLine = text.strip().split("\\R", 2)[0].strip();
        return firstLine.length() <= SNIPPET_LIMIT ? firstLine : firstLine.substring(0, SNIPPET_LIMIT) + "…";
    }
}

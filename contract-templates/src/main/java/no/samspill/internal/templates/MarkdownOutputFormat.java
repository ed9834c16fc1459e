package no.samspill.internal.templates;

import freemarker.core.CommonMarkupOutputFormat;
import java.io.IOException;
import java.io.Writer;

/**
 * The Freemarker output format of clause templates: every {@code ${...}} is escaped so that a
 * value prints as exactly the characters it holds and can never start Markdown, a contract mark
 * ({@code §[...]}, {@code {{...}}}, {@code [[...]]}) or template code.
 *
 * <p>Each ASCII punctuation character that could start markup gets a backslash. {@code §} (not
 * ASCII, so it cannot be backslash-escaped) and leading spaces (which could start a code block)
 * become numeric character references. A line break becomes a space: a value is one line, and
 * multi-line text goes through {@code <@text>}, which reads it as a separate document.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutput> {

    public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    private static final String ESCAPED_PUNCTUATION = "\\`*_{}[]<>()#+-.!|~&=";

    private MarkdownOutputFormat() {}

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escape(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected MarkdownOutput newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new MarkdownOutput(plainTextContent, markupContent);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                out.append(' ');
                continue;
            }
            if (leading && (c == ' ' || c == '\t')) {
                out.append("&#").append((int) c).append(';');
                continue;
            }
            leading = false;
            if (c == '§') {
                out.append("&#167;");
            } else if (ESCAPED_PUNCTUATION.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package no.samspill.internal.markdown;

/**
 * Markdown that a template produced but the contract does not allow (an unknown directive, a
 * heading too deep...). The engine turns it into a {@code TemplateException} naming the template.
 *
 * @see #line()
 */
public final class MarkdownException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final String snippet;

    public MarkdownException(int line, String snippet, String message) {
        super(message);
        this.line = line;
        this.snippet = snippet;
    }

    /** The 1-based line in the Markdown text, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The offending piece of Markdown as written, to find it in the template; may be null. */
    public String snippet() {
        return snippet;
    }
}

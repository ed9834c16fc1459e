package no.samspill;

/** A template of a pack is broken; the message names the template file and line. */
public class TemplateException extends ContractException {
    private static final long serialVersionUID = 1L;

    private final String template;
    private final int line;

    public TemplateException(String template, int line, String message, Throwable cause) {
        // A line that is not known is left out rather than shown as line 0, which no editor has.
        super(template + (line > 0 ? ":" + line : "") + ": " + message, cause);
        this.template = template;
        this.line = line;
    }

    /** The template file, relative to its pack. */
    public String template() {
        return template;
    }

    /** The 1-based line in the template, or 0 when unknown. */
    public int line() {
        return line;
    }
}

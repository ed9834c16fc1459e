package no.samspill.internal.templates;

import freemarker.core.ParseException;
import java.util.ArrayList;
import java.util.List;
import no.samspill.TemplateException;
import no.samspill.internal.markdown.MarkdownException;

/** Turns Freemarker's and the Markdown reader's failures into messages for a template author. */
final class TemplateErrors {
    private TemplateErrors() {}

    static TemplateException parse(ParseException e, String fallbackTemplate) {
        String template = e.getTemplateName() == null ? fallbackTemplate : e.getTemplateName();
        return new TemplateException(template, e.getLineNumber(), "the template cannot be read: " + e.getEditorMessage(), e);
    }

    static TemplateException render(freemarker.template.TemplateException e, String fallbackTemplate) {
        String template = e.getTemplateSourceName() == null ? fallbackTemplate : e.getTemplateSourceName();
        Integer line = e.getLineNumber();
        Throwable cause = e.getCauseException();
        String message = cause instanceof IllegalArgumentException && cause.getMessage() != null
                ? cause.getMessage()
                : readable(e.getMessageWithoutStackTop());
        return new TemplateException(template, line == null ? 0 : line, message, e);
    }

    /**
     * Freemarker's message without its tips, its stack and the "[in template ...]" locations,
     * which the exception already carries as template and line.
     */
    static String readable(String freemarkerMessage) {
        List<String> kept = new ArrayList<>();
        for (String line : freemarkerMessage.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("----") || trimmed.startsWith("Tip:") || trimmed.startsWith("- ")
                    || trimmed.startsWith("FTL stack trace") || trimmed.startsWith("Java stack trace")) {
                if (trimmed.startsWith("----") && !kept.isEmpty()) {
                    break;
                }
                continue;
            }
            if (trimmed.isEmpty()) {
                continue;
            }
            int location = trimmed.indexOf("  [in template");
            kept.add(location >= 0 ? trimmed.substring(0, location) : trimmed);
        }
        return String.join(" ", kept);
    }

    /**
     * A problem in the Markdown a clause produced. The line is the template line where the
     * offending text is written, when it is written there literally; otherwise the message says
     * which line of the produced text it is.
     */
    static TemplateException markdown(MarkdownException e, String template, String templateSource, String markdown) {
        int line = 0;
        if (e.snippet() != null) {
            line = PackManifest.lineOf(templateSource, e.snippet());
        }
        if (line == 0 && e.line() > 0) {
            String[] produced = markdown.split("\n", -1);
            String offending = e.line() <= produced.length ? produced[e.line() - 1].strip() : "";
            if (!offending.isEmpty()) {
                line = PackManifest.lineOf(templateSource, offending);
            }
        }
        String where = line == 0 && e.line() > 0 ? " (line " + e.line() + " of the text the template produced)" : "";
        return new TemplateException(template, line, e.getMessage() + where, e);
    }
}

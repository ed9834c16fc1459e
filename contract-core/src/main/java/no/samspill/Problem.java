package no.samspill;

import java.util.Comparator;
import java.util.Objects;
import no.samspill.internal.io.TerminalText;

/**
 * One finding in a contract description, pointing at where it is in the file: an error that
 * stops generation, or a warning that a lawyer would want looked at.
 *
 * <p>{@link #toString()} gives the line form users see: {@code <file>:<line>:<column>: <path>:
 * <message>} for an error, with {@code warning: } before the path for a warning, and the code in
 * brackets at the end for any finding but a {@linkplain Check#FORMAT format} problem.
 *
 * @param file the file name as the user gave it (or a name for text read from memory)
 * @param line 1-based line where the offending value starts
 * @param column 1-based column where the offending value starts
 * @param path the field path, for example {@code objectives[0].measures[1].responsible}
 * @param message what is wrong and what would be right, in plain English; characters that would act on a
 *         terminal (controls, bidirectional overrides, line separators) are kept as escapes such as
 *         {@code \u001B}, as they are in {@code path}
 * @param code the code of the check that found it ({@code docs/checks.md}); {@value Check#FORMAT} for a
 *         value the format itself does not allow
 * @param severity what the finding weighs
 */
public record Problem(String file, int line, int column, String path, String message, String code, Severity severity) {

    /** The path used for problems that concern the document as a whole. */
    public static final String DOCUMENT_PATH = "(document)";

    /** File, then position, then path, then message: the order problems are reported in. */
    public static final Comparator<Problem> BY_POSITION = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::path)
            .thenComparing(Problem::message)
            .thenComparing(Problem::code);

    public Problem {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(message, "message must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        // Messages quote what the description holds; shown raw, a value could drive the terminal.
        path = TerminalText.escaped(path);
        message = TerminalText.escaped(message);
    }

    /** A problem with the format: a value it does not allow, or a file it cannot read. */
    public Problem(String file, int line, int column, String path, String message) {
        this(file, line, column, path, message, Check.FORMAT, Severity.ERROR);
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    @Override
    public String toString() {
        String kind = isWarning() ? "warning: " : "";
        String tag = Check.FORMAT.equals(code) ? "" : " [" + code + "]";
        return TerminalText.escaped(file) + ":" + line + ":" + column + ": " + kind + path + ": " + message + tag;
    }

    /** The closing line printed after a list of problems. */
    public static String summary(int count) {
        return count + " problem" + (count == 1 ? "" : "s") + " found; no document was written.";
    }
}

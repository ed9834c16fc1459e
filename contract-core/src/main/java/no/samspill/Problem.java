package no.samspill;

import java.util.Comparator;
import java.util.Objects;
import no.samspill.internal.io.TerminalText;

/**
 * One thing wrong with a contract description, pointing at where it is in the file.
 *
 * <p>{@link #toString()} gives the line form users see:
 * {@code <file>:<line>:<column>: <path>: <message>}.
 *
 * @param file the file name as the user gave it (or a name for text read from memory)
 * @param line 1-based line where the offending value starts
 * @param column 1-based column where the offending value starts
 * @param path the field path, for example {@code objectives[0].measures[1].responsible}
 * @param message what is wrong and what would be right, in plain English; characters that would act on a
 *         terminal (controls, bidirectional overrides, line separators) are kept as escapes such as
 *         {@code \u001B}, as they are in {@code path}
 */
public record Problem(String file, int line, int column, String path, String message) {

    /** The path used for problems that concern the document as a whole. */
    public static final String DOCUMENT_PATH = "(document)";

    /** File, then position, then path, then message: the order problems are reported in. */
    public static final Comparator<Problem> BY_POSITION = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::path)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(message, "message must not be null");
        // Messages quote what the description holds; shown raw, a value could drive the terminal.
        path = TerminalText.escaped(path);
        message = TerminalText.escaped(message);
    }

    @Override
    public String toString() {
        return TerminalText.escaped(file) + ":" + line + ":" + column + ": " + path + ": " + message;
    }

    /** The closing line printed after a list of problems. */
    public static String summary(int count) {
        return count + " problem" + (count == 1 ? "" : "s") + " found; no document was written.";
    }
}

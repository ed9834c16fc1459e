package no.samspill.templates;

/**
 * One thing {@link PackCheck} found wrong.
 *
 * @param file the file to change, as the user named it (a template, {@code pack.yaml}, an
 *     example, a snapshot)
 * @param line the 1-based line in that file, or 0 when the whole file is meant
 * @param check the kind of check: {@code manifest}, {@code templates}, {@code parity},
 *     {@code examples}, {@code golden} or {@code versions}
 * @param message what is wrong, in plain words; a changed text carries its diff on the lines
 *     after the first
 */
public record CheckFailure(String file, int line, String check, String message) {

    /** {@code file:line}, or the file alone when the line is not known. */
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }

    @Override
    public String toString() {
        return location() + ": " + message;
    }
}

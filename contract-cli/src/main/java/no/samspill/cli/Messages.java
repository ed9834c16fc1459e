package no.samspill.cli;

import java.io.PrintWriter;
import no.samspill.internal.io.TerminalText;

/**
 * Every message samspill prints about a description or a file passes through here. Keys,
 * quoted values and file names come from the user's files, and a terminal obeys the control
 * characters in them: an ESC sequence in a YAML key could clear the screen or forge a "valid"
 * line. They are shown escaped (as the six characters backslash, u, 0, 0, 1, B) instead, so that what is printed is what is there.
 */
final class Messages {

    private Messages() {}

    /** Prints {@code message} as one line on {@code err}, prefixed with {@code samspill: }. */
    static void error(PrintWriter err, String message) {
        err.println("samspill: " + escape(message));
    }

    /** Prints {@code line} with its control characters escaped. */
    static void line(PrintWriter writer, String line) {
        writer.println(escape(line));
    }

    /** {@code text} as a terminal may show it: see {@link TerminalText}, which the problems of the core use too. */
    static String escape(String text) {
        return text == null ? "null" : TerminalText.escaped(text);
    }
}

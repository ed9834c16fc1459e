package no.samspill.cli;

import java.io.PrintWriter;

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

    /**
     * {@code text} with the C0 and C1 control characters, DEL and the bidirectional overrides
     * (which reorder what a terminal shows) written as a Java-style escape, backslash-u and four hex digits. A tab is kept: it moves
     * the cursor, but can neither erase nor forge text.
     */
    static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                if (escaped == null) {
                    escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                escaped.append(String.format("\\u%04X", (int) c));
            } else if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t')
                || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }
}

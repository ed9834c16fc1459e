package no.samspill.internal.io;

/**
 * Text as it may be shown on a terminal or in a log: a message quotes values and file names from a
 * description, and a description must not be able to clear the screen, move the cursor, reverse
 * the direction of the text or break a message over lines. Each character that would act rather
 * than show is written as its escape, {@code \u001B}.
 */
public final class TerminalText {

    private TerminalText() {}

    public static String escaped(String text) {
        return Characters.replaceEach(text, c -> acts((char) c), c -> String.format(java.util.Locale.ROOT, "\\u%04X", c));
    }

    /** Controls (C0, DEL, C1), line and paragraph separators, bidirectional controls and half surrogate pairs. */
    private static boolean acts(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u2028' || c == '\u2029'
                || (c >= '\u200E' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u061C' || Character.isSurrogate(c);
    }
}

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
        if (text == null) {
            return null;
        }
        int first = firstActing(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (acts(c)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstActing(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (acts(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Controls (C0, DEL, C1), line and paragraph separators, bidirectional controls and half surrogate pairs. */
    private static boolean acts(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u2028' || c == '\u2029'
                || (c >= '\u200E' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u061C' || Character.isSurrogate(c);
    }
}

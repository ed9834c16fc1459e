package no.samspill.internal.markdown;

/** Backslash escapes inside the contract marks, which commonmark leaves to the extension. */
final class Escapes {
    private Escapes() {}

    /** Removes a backslash before ASCII punctuation, as CommonMark does in text. */
    static String unescape(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length() && isAsciiPunctuation(raw.charAt(i + 1))) {
                out.append(raw.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}

package no.samspill.internal.docx;

/**
 * Text as an XML 1.0 document can carry it. The validator reports such characters in a
 * description at their line; this is the writer's own guarantee for trees built through the API
 * and for label files, so that no part of a DOCX is ever malformed: each character XML cannot hold
 * (a control other than tab, line feed and carriage return; U+FFFE, U+FFFF; half a surrogate
 * pair) becomes the replacement character U+FFFD. A tab, which XML holds but Word draws as a jump to
 * the next tab stop wherever it stands, becomes a space: a description's tab is typing, not layout,
 * and it is treated so in every field alike.
 */
final class XmlText {

    private XmlText() {}

    static String printable(String text) {
        if (text == null) {
            return null;
        }
        int bad = firstUnprintable(text);
        if (bad < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, bad);
        for (int i = bad; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(c == '\t' ? ' ' : isPrintable(c) ? c : '\uFFFD');
            }
        }
        return out.toString();
    }

    private static int firstUnprintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (c == '\t' || !isPrintable(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isPrintable(char c) {
        return (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}

package no.samspill.internal.docx;

import no.samspill.internal.io.Characters;

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
        return Characters.replaceEach(text, c -> c == '\t' || !isPrintable((char) c), c -> c == '\t' ? " " : "\uFFFD");
    }

    private static boolean isPrintable(char c) {
        return (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}

package no.samspill.internal.io;

import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/** Rewrites the single characters of a text that a reader cannot take as they are; a valid surrogate pair is never split. */
public final class Characters {

    private Characters() {}

    /**
     * The text with each character that {@code replaced} accepts written as {@code replacement}
     * gives it; a half surrogate pair is one such character, a whole pair is left alone. The same
     * string when nothing is replaced.
     */
    public static String replaceEach(String text, IntPredicate replaced, IntFunction<String> replacement) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (!pair && replaced.test(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(replacement.apply(c));
            } else if (out != null) {
                out.append(c);
                if (pair) {
                    out.append(text.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }
}

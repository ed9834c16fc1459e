package no.samspill.internal.schema;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Regular expressions that mean the same in every engine that checks a schema: Java (the
 * validator, networknt), JavaScript with the {@code u} flag (the YAML language server, ajv) and
 * Python's {@code re} (the {@code jsonschema} package).
 *
 * <p>What the three share is small, so a pattern keeps to it: no property classes such as
 * {@code \p{L}} (Python has none; they are spelled out as ranges, computed from Java's own
 * class so that the schema accepts exactly what the validator does), no {@code \d} (Unicode
 * digits in Python, ASCII in the others), and no {@code $} (before a final line break it
 * matches in Java and Python but not in JavaScript); a value ends where nothing follows.
 * Code points in a class are written {@code \}{@code uXXXX} when in the Basic Multilingual
 * Plane, which all three read, and as the characters themselves above it, where they share no
 * escape.
 */
final class PortablePatterns {

    /** What Java's {@code String.trim()} removes, which Jackson does before reading a number, a date or a period. */
    static final String TRIMMED = "[\\u0000-\\u0020]*";
    /** The end of the value: no character follows. */
    static final String END = "(?![\\s\\S])";

    private static final Map<String, String> CLASSES = new ConcurrentHashMap<>();

    private PortablePatterns() {}

    /** The whole value matches {@code body}, a portable expression. */
    static String whole(String body) {
        return "^(?:" + body + ")" + END;
    }

    /**
     * A Java expression (as Bean Validation's {@code @Pattern} holds it, matched against the
     * whole value) as a portable one that matches the same strings, anchored at both ends.
     */
    static String fromJava(String javaRegex) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < javaRegex.length()) {
            char c = javaRegex.charAt(i);
            if (c == '\\' && i + 1 < javaRegex.length()) {
                char next = javaRegex.charAt(i + 1);
                if (next == 'd') {
                    out.append("[0-9]");
                } else if ("pPwWsSDhHvV".indexOf(next) >= 0) {
                    throw new IllegalArgumentException("no portable form for \\" + next + " outside a class in " + javaRegex);
                } else {
                    out.append(c).append(next);
                }
                i += 2;
            } else if (c == '[') {
                int end = classEnd(javaRegex, i);
                String javaClass = javaRegex.substring(i, end + 1);
                out.append(needsSpelling(javaClass) ? spelledOut(javaClass) : javaClass);
                i = end + 1;
            } else if (c == '$') {
                throw new IllegalArgumentException("an anchor inside " + javaRegex);
            } else {
                out.append(c);
                i++;
            }
        }
        return whole(out.toString());
    }

    /** The class of the code points (of the whole Unicode range) that Java's class matches, as ranges. */
    static String spelledOut(String javaClass) {
        return CLASSES.computeIfAbsent(javaClass, key -> {
            // one matcher over one buffer: a million code points, each tried without a new string
            java.util.regex.Matcher matcher = Pattern.compile(key).matcher("");
            char[] chars = new char[2];
            java.nio.CharBuffer buffer = java.nio.CharBuffer.wrap(chars);
            return ofCodePoints(cp -> {
                int length = Character.toChars(cp, chars, 0);
                return matcher.reset(buffer.limit(length).position(0)).matches();
            }, Character.MAX_CODE_POINT);
        });
    }

    /** The characters of the Basic Multilingual Plane for which {@code member} holds, as a class. */
    static String ofChars(IntPredicate member) {
        return ofCodePoints(member, 0xFFFF);
    }

    private static String ofCodePoints(IntPredicate member, int last) {
        StringBuilder out = new StringBuilder("[");
        int cp = 0;
        while (cp <= last) {
            if (!member.test(cp) || Character.getType(cp) == Character.SURROGATE) {
                cp++;
                continue;
            }
            int start = cp;
            // a range stays on one side of the plane boundary: the two sides are written differently
            while (cp + 1 <= last && cp + 1 != 0x10000 && member.test(cp + 1)
                    && Character.getType(cp + 1) != Character.SURROGATE) {
                cp++;
            }
            out.append(written(start));
            if (cp > start) {
                if (cp > start + 1) {
                    out.append('-');
                }
                out.append(written(cp));
            }
            cp++;
        }
        return out.append(']').toString();
    }

    private static String written(int cp) {
        if ((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
            return Character.toString(cp);
        }
        if (cp <= 0xFFFF) {
            return String.format("\\u%04X", cp);
        }
        return Character.toString(cp);
    }

    private static boolean needsSpelling(String javaClass) {
        for (int i = 0; i < javaClass.length() - 1; i++) {
            if (javaClass.charAt(i) == '\\') {
                char next = javaClass.charAt(i + 1);
                if ("pPdDwWsShHvV".indexOf(next) >= 0 || javaClass.charAt(i + 1) == '[') {
                    return true;
                }
                i++;
            } else if (javaClass.charAt(i) == '[' && i > 0 || javaClass.startsWith("&&", i)) {
                return true;
            }
        }
        return false;
    }

    private static int classEnd(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                throw new IllegalArgumentException("a nested class in " + regex);
            } else if (c == ']') {
                return i;
            }
        }
        throw new IllegalArgumentException("an unclosed class in " + regex);
    }
}

package no.samspill.internal.schema;

import static no.samspill.internal.schema.PortablePatterns.END;
import static no.samspill.internal.schema.PortablePatterns.TRIMMED;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How the reader takes each kind of scalar, as patterns of the schema. The reader binds YAML
 * with Jackson, which is generous with scalars: a number or {@code true} where text is wanted
 * is that text, a whole number may be written as text (spaces around it, a sign, any Unicode
 * decimal digits, as {@link Integer#parseInt} reads them), true or false as {@code "true"},
 * {@code "True"}, {@code "TRUE"} or a number (0 is false), a date with spaces around it, and
 * a period in either case. An editor shows the value as YAML parses it, so the schema takes
 * each such form, and no more.
 */
final class ScalarForms {

    private ScalarForms() {}

    /** A character {@link Character#digit(char, int)} reads as a decimal digit, as Jackson's number parsing does. */
    static final String DIGIT = PortablePatterns.ofChars(c -> Character.digit((char) c, 10) >= 0);

    /**
     * A whole number written as text; or a YAML 1.1 number with {@code _} between its digits
     * ({@code 1_000}), which the reader's YAML takes as a number and an editor's YAML 1.2 as text.
     */
    static final String WHOLE_NUMBER_TEXT = "^" + TRIMMED + "[+-]?(?:" + DIGIT + "+|[0-9][0-9_]*)" + TRIMMED + END;

    /** A character of an e-mail address's local part as Hibernate Validator's {@code @Email} takes it. */
    private static final String LOCAL = "[a-zA-Z0-9!#\\$%&'*+/=?^_`{|}~\\u0080-\\uFFFF-]";
    /**
     * An e-mail address's form: the local part as the validator takes it (dotted words, or a
     * quoted text), an {@code @}, and a domain without spaces, which the validator checks further.
     */
    static final String EMAIL = "^(?:" + LOCAL + "+(?:\\." + LOCAL + "+)*|\"(?:[^\"\\\\]|\\\\[\\s\\S])*\")"
            + "@[^@\\u0000-\\u0020]+" + END;
    static final String EMAIL_MESSAGE = "Not an e-mail address.";

    /** A number written as text, as {@link java.math.BigDecimal} reads it. */
    static final String NUMBER_TEXT = "^" + TRIMMED + "[+-]?(?:" + DIGIT + "+(?:\\." + DIGIT + "*)?|\\." + DIGIT + "+)"
            + "(?:[eE][+-]?" + DIGIT + "+)?" + TRIMMED + END;

    /** The number 1 written as text: the format version. */
    static final String ONE_TEXT = "^" + TRIMMED + "\\+?"
            + PortablePatterns.ofChars(c -> Character.digit((char) c, 10) == 0) + "*"
            + PortablePatterns.ofChars(c -> Character.digit((char) c, 10) == 1) + TRIMMED + END;

    /** True or false written as text. */
    static final String BOOLEAN_TEXT = "^" + TRIMMED + "(?:true|True|TRUE|false|False|FALSE)" + TRIMMED + END;

    private static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    /**
     * A date with spaces around it, which the reader trims: {@code format: date} takes the
     * date alone. The calendar is the format's to check, so this form checks the shape only.
     */
    static final String SPACED_DATE = "^(?:" + TRIMMED.replace("*", "+") + DATE + TRIMMED + "|" + DATE
            + TRIMMED.replace("*", "+") + ")" + END;

    private static final String NOT_NEGATIVE = "(?:\\+?[0-9]+|-0+)";
    private static final String NOT_POSITIVE = "(?:-[0-9]+|\\+?0+)";
    private static final String PERIOD_CHARS = "[-+0-9YyMmWwDd]*";

    /**
     * A positive period, as {@link java.time.Period#parse} reads it (letters in either case,
     * signs on the whole and on each part) and the validator then takes it (not zero, no part
     * negative): the parts positive or zero with at least one not zero, or a minus before the
     * whole and every part negative or zero.
     */
    static final String PERIOD = "^" + TRIMMED + "(?:\\+?[Pp](?=" + PERIOD_CHARS + "[1-9])" + parts(NOT_NEGATIVE)
            + "|-[Pp](?=" + PERIOD_CHARS + "-0*[1-9])" + parts(NOT_POSITIVE) + ")" + TRIMMED + END;

    /** What {@link no.samspill.internal.validate} checks of an organisation number's form: nine digits once the spaces are gone. */
    static final String ORGANISATION_NUMBER = "^ *(?:[0-9] *){9}" + END;

    static final String ORGANISATION_NUMBER_MESSAGE =
            "An organisation number is nine digits; spaces are allowed, as in 983 658 725.";
    static final String PERIOD_MESSAGE = "Not a positive ISO-8601 period such as P5Y or P18M.";
    static final String WHOLE_NUMBER_MESSAGE = "Not a whole number.";
    static final String NUMBER_MESSAGE = "Not a number.";
    static final String BOOLEAN_MESSAGE = "Not true or false.";
    static final String FORMAT_VERSION_MESSAGE = "This release reads format version 1: write samspill: 1.";

    private static String parts(String number) {
        StringBuilder parts = new StringBuilder();
        for (String unit : List.of("Yy", "Mm", "Ww", "Dd")) {
            parts.append("(?:").append(number).append('[').append(unit).append("])?");
        }
        return parts.toString();
    }

    /** The texts a YAML number may have; a pattern that takes them all lets a number stand for text. */
    private static final List<String> NUMBER_TEXTS = List.of("0", "7", "2018", "-7", "11.3", "0.5", "-1.5", "1e3", "1.5E-3");

    /** Whether every number, as text, matches {@code pattern}; null when some do and some do not. */
    static Boolean takesEveryNumber(Pattern pattern) {
        long matching = NUMBER_TEXTS.stream().filter(t -> pattern.matcher(t).find()).count();
        return matching == NUMBER_TEXTS.size() ? Boolean.TRUE : matching == 0 ? Boolean.FALSE : null;
    }

    /** Whether both {@code true} and {@code false}, as text, match {@code pattern}; null when one does. */
    static Boolean takesBothBooleans(Pattern pattern) {
        boolean yes = pattern.matcher("true").find();
        boolean no = pattern.matcher("false").find();
        return yes == no ? yes : null;
    }
}

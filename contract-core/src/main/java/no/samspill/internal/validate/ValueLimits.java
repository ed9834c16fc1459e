package no.samspill.internal.validate;

import jakarta.validation.constraints.Size;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import no.samspill.model.MeasureValue;
import no.samspill.model.OneLine;

/**
 * Limits that hold for every value of a kind wherever it stands in a description, so that no
 * field can be forgotten when the format grows: the characters a Word document can hold, the
 * length of a value, and the range of a date. The walk follows the model's records and lists, whose
 * component names are the keys of the format.
 */
final class ValueLimits {

    /** A one-line value (a title, a name, a role) longer than this breaks the cover, tables and signatures. */
    static final int ONE_LINE_MAX = 200;

    /** About thirty pages of text in one field: more than any contract clause, and bounded work for a reader. */
    static final int TEXT_MAX = 100_000;

    // The years a zip entry records without a time zone; within them, same description, same bytes.
    static final LocalDate FIRST_DATE = LocalDate.of(1980, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);

    private final ProblemSink sink;

    ValueLimits(ProblemSink sink) {
        this.sink = sink;
    }

    void check(Object root) {
        walk(root, "", null);
    }

    private void walk(Object value, String path, RecordComponent component) {
        if (value instanceof String text) {
            checkText(path, text, component);
        } else if (value instanceof LocalDate date) {
            checkDate(path, date);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", null);
            }
        } else if (value instanceof MeasureValue measureValue) {
            // Written in the description as the value itself, not as a mapping with a "text" key.
            walk(measureValue.text(), path, null);
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent child : value.getClass().getRecordComponents()) {
                walk(read(child, value), path.isEmpty() ? child.getName() : path + "." + child.getName(), child);
            }
        }
    }

    static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of the model", e);
        }
    }

    private void checkText(String path, String text, RecordComponent component) {
        boolean oneLine = component != null && component.getAccessor().isAnnotationPresent(OneLine.class);
        // A component with its own @Size is reported by Bean Validation, with its own maximum.
        boolean sized = component != null && component.getAccessor().isAnnotationPresent(Size.class);
        int max = oneLine ? ONE_LINE_MAX : TEXT_MAX;
        if (!sized && text.length() > max) {
            // Worded as Bean Validation words its own @Size, so that every length problem reads alike.
            sink.report(path, "must be at most " + String.format(java.util.Locale.ROOT, "%,d", max)
                    + " characters (it has " + text.length() + ")");
        }
        String unwritable = firstUnwritable(text);
        if (unwritable != null) {
            sink.report(path, unwritable);
        }
    }

    /** What is wrong with the first character a Word document cannot hold, or null when there is none. */
    private static String firstUnwritable(String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String what = null;
            String why = ", which a Word document cannot hold";
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                column++;
                continue;
            } else if (Character.isSurrogate(c)) {
                what = "half of a character (the lone surrogate " + codePoint(c) + ")";
                why = ", as a broken copy or escape leaves it";
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                what = "the control character " + codePoint(c);
            } else if (c == '\uFFFE' || c == '\uFFFF') {
                what = "the non-character " + codePoint(c);
            }
            if (what != null) {
                String where = line > 1 || text.indexOf('\n') >= 0
                        ? " at line " + line + ", character " + column + " of the text"
                        : " at character " + column;
                return "contains " + what + where + why + "; remove it";
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return null;
    }

    private static String codePoint(char c) {
        return String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
    }

    private void checkDate(String path, LocalDate date) {
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            sink.report(path, "must be between " + FIRST_DATE + " and " + LAST_DATE + " (it is " + date + ")");
        }
    }
}

package no.samspill.internal.read;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import no.samspill.model.DecisionRule;
import no.samspill.model.ForumLevel;
import no.samspill.model.Frequency;
import no.samspill.model.HealthCheckMethod;
import no.samspill.model.IncentiveType;
import no.samspill.model.Language;
import no.samspill.model.MeasureValue;
import no.samspill.model.PartyRole;
import no.samspill.model.PrincipleEntry;
import no.samspill.model.ProcurementRegulation;
import no.samspill.model.Responsible;
import no.samspill.model.Status;
import no.samspill.model.Venue;

/** What a user is told when a value has the wrong shape or cannot be understood. */
final class ValueMessages {
    private ValueMessages() {}

    private static final Map<Class<?>, String> CHOICE_NAMES = Map.ofEntries(
            Map.entry(Frequency.class, "a frequency"),
            Map.entry(ForumLevel.class, "a forum level"),
            Map.entry(Responsible.class, "a responsible party"),
            Map.entry(PartyRole.class, "a party"),
            Map.entry(Language.class, "a language"),
            Map.entry(Status.class, "a status"),
            Map.entry(Venue.class, "a venue"),
            Map.entry(HealthCheckMethod.class, "a health check method"),
            Map.entry(IncentiveType.class, "an incentive type"),
            Map.entry(DecisionRule.class, "a decision rule"),
            Map.entry(ProcurementRegulation.class, "a procurement regulation"));

    /**
     * The message for a value of type {@code expected} that could not be read.
     *
     * @param found the token the value started with
     * @param text the value as written, for a scalar; null for a mapping or a list
     */
    static String cannotRead(Class<?> expected, JsonToken found, String text) {
        boolean scalarFound = found != null && found.isScalarValue();
        if (scalarFound && isScalarType(expected)) {
            return badScalar(expected, found, text);
        }
        String wanted = describe(expected);
        String given = describeFound(found, text);
        return wanted.equals(given) ? "this value cannot be read" : "expected " + wanted + ", found " + given;
    }

    private static boolean isScalarType(Class<?> type) {
        return !Collection.class.isAssignableFrom(type) && (type.isEnum() || type.getPackageName().startsWith("java."));
    }

    private static String badScalar(Class<?> expected, JsonToken found, String text) {
        String quoted = "\"" + text + "\"";
        if (expected.isEnum()) {
            return quoted + " is not " + choiceName(expected) + "; use one of " + choices(expected);
        }
        if (expected == LocalDate.class) {
            return quoted + " is not a valid date; write it as YYYY-MM-DD";
        }
        if (expected == Period.class) {
            return quoted + " is not a valid ISO-8601 period such as P5Y or P18M";
        }
        if (expected == Boolean.class || expected == boolean.class) {
            return quoted + " is not true or false";
        }
        if (isWholeNumber(expected)) {
            if (found == JsonToken.VALUE_NUMBER_INT) {
                return quoted + " is too large a number";
            }
            return looksLikeNumber(text) ? quoted + " is not a whole number" : quoted + " is not a number";
        }
        if (Number.class.isAssignableFrom(expected)) {
            return quoted + " is not a number";
        }
        return "expected " + describe(expected) + ", found " + quoted;
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == BigInteger.class;
    }

    private static boolean looksLikeNumber(String text) {
        try {
            new BigDecimal(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String describe(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (isWholeNumber(type)) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == Period.class) {
            return "a period such as P5Y or P18M";
        }
        if (type == MeasureValue.class) {
            return "a number or text";
        }
        if (type == PrincipleEntry.class) {
            return "a principle id or a mapping with an id";
        }
        if (type.isEnum()) {
            return "one of " + choices(type);
        }
        return "a mapping";
    }

    private static String describeFound(JsonToken found, String text) {
        if (found == JsonToken.START_OBJECT || found == JsonToken.FIELD_NAME) {
            return "a mapping";
        }
        if (found == JsonToken.START_ARRAY) {
            return "a list";
        }
        if (text != null) {
            return "\"" + text + "\"";
        }
        return "something else";
    }

    private static String choiceName(Class<?> enumType) {
        return CHOICE_NAMES.getOrDefault(enumType, "an allowed value");
    }

    /** The values as they are written in YAML (a constant's own YAML name where it has one). */
    static String choices(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(Object::toString)
                .collect(Collectors.joining(", "));
    }
}

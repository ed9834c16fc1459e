package no.samspill.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A baseline or target: a number, or a text for a qualitative measure.
 *
 * @param number the value when it is a number, else null
 * @param text the value as written when it is a text, else null
 */
public record MeasureValue(BigDecimal number, String text) {

    public MeasureValue {
        if ((number == null) == (text == null)) {
            throw new IllegalArgumentException("a measure value is either a number or a text");
        }
    }

    public static MeasureValue of(BigDecimal number) {
        return new MeasureValue(Objects.requireNonNull(number, "number"), null);
    }

    public static MeasureValue of(String text) {
        return new MeasureValue(null, Objects.requireNonNull(text, "text"));
    }

    public boolean isNumber() {
        return number != null;
    }
}

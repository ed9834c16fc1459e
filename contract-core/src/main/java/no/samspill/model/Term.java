package no.samspill.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The term of the contract: a start and exactly one of {@code duration} or {@code end}.
 *
 * @param extensions options to extend, in the order they may be used
 */
public record Term(@NotNull LocalDate start, Period duration, LocalDate end, List<@NotNull Period> extensions) {

    public Term {
        extensions = Lists.copy(extensions);
    }

    /** The last day of the initial term, when it can be known; null otherwise. */
    public LocalDate lastDay() {
        if (end != null) {
            return end;
        }
        if (start != null && duration != null) {
            return start.plus(duration).minusDays(1);
        }
        return null;
    }
}

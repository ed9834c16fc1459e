package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The term of the contract: a start and exactly one of {@code duration} or {@code end}.
 *
 * @param extensions options to extend, in the order they may be used
 */
@JsonClassDescription("The term of the contract: a start, and exactly one of duration or end.")
public record Term(
        @JsonPropertyDescription("The first day of the contract, as YYYY-MM-DD.")
        @NotNull LocalDate start,
        @JsonPropertyDescription("How long the initial term runs, as an ISO-8601 period such as P5Y; give this or end, not both.")
        Period duration,
        @JsonPropertyDescription("The last day of the initial term, as YYYY-MM-DD, after start; give this or duration, not both.")
        LocalDate end,
        @JsonPropertyDescription("Options to extend the term, as ISO-8601 periods such as P2Y, in the order they may be used.")
        List<@NotNull Period> extensions) {

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

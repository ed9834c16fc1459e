package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.hibernate.validator.constraints.Range;

/**
 * The term of the contract: a start and exactly one of {@code duration} or {@code end}.
 *
 * @param extensions options to extend, in the order they may be used
 * @param extensionNoticeMonths how many months before the term expires the customer must give notice to
 *         use an extension option; null when the description leaves it out (see {@link #extensionNoticeMonthsOrDefault()})
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
        List<@NotNull Period> extensions,
        @JsonPropertyDescription("How many months (1 to 24) before the term expires the customer must give notice to use an"
                + " extension option; needs at least one extension. The contract uses 3 when left out.")
        @Range(min = 1, max = 24) Integer extensionNoticeMonths) {

    /** The months of notice to use an extension option when the description does not say. */
    public static final int DEFAULT_EXTENSION_NOTICE_MONTHS = 3;

    public Term {
        extensions = Lists.copy(extensions);
    }

    /**
     * The months of notice before expiry to use an extension option: the description's
     * {@code extensionNoticeMonths}, else {@value #DEFAULT_EXTENSION_NOTICE_MONTHS}.
     */
    public int extensionNoticeMonthsOrDefault() {
        return extensionNoticeMonths != null ? extensionNoticeMonths : DEFAULT_EXTENSION_NOTICE_MONTHS;
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

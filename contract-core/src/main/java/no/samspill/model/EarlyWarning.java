package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.hibernate.validator.constraints.Range;

/** Early warning: a joint meeting within this many days of a warning (10 when left out). */
@JsonClassDescription("Early warning: how soon the parties meet after one of them warns of a problem.")
public record EarlyWarning(
        @JsonPropertyDescription("The parties meet within this many days (1 to 60) of a warning.")
        @Range(min = 1, max = 60) Integer meetingWithinDays) {

    public static final int DEFAULT_MEETING_WITHIN_DAYS = 10;

    public EarlyWarning {
        meetingWithinDays = meetingWithinDays == null ? DEFAULT_MEETING_WITHIN_DAYS : meetingWithinDays;
    }
}

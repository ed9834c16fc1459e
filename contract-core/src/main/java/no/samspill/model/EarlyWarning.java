package no.samspill.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Early warning: a joint meeting within this many days of a warning (10 when left out). */
public record EarlyWarning(@Min(1) @Max(60) Integer meetingWithinDays) {

    public static final int DEFAULT_MEETING_WITHIN_DAYS = 10;

    public EarlyWarning {
        meetingWithinDays = meetingWithinDays == null ? DEFAULT_MEETING_WITHIN_DAYS : meetingWithinDays;
    }
}

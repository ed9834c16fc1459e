package no.samspill.model;

import org.hibernate.validator.constraints.Range;

/** Early warning: a joint meeting within this many days of a warning (10 when left out). */
public record EarlyWarning(@Range(min = 1, max = 60) Integer meetingWithinDays) {

    public static final int DEFAULT_MEETING_WITHIN_DAYS = 10;

    public EarlyWarning {
        meetingWithinDays = meetingWithinDays == null ? DEFAULT_MEETING_WITHIN_DAYS : meetingWithinDays;
    }
}

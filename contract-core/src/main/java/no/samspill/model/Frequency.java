package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** How often something recurs. */
@JsonClassDescription("How often something recurs: weekly, biweekly (every other week), monthly, quarterly, semiannual (twice a year) or annual.")
public enum Frequency {
    weekly(52),
    biweekly(26),
    monthly(12),
    quarterly(4),
    semiannual(2),
    annual(1);

    private final int timesPerYear;

    Frequency(int timesPerYear) {
        this.timesPerYear = timesPerYear;
    }

    /** How many times a year, for calendars and plans. */
    public int timesPerYear() {
        return timesPerYear;
    }
}

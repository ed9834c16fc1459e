package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** Where a dispute is finally decided. */
@JsonClassDescription("Where a dispute is finally decided: courts or arbitration.")
public enum Venue {
    courts,
    arbitration
}

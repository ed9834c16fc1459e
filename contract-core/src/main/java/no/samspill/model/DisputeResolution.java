package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * What follows the escalation ladder.
 *
 * @param mediation whether the parties try mediation before the courts or arbitration
 * @param place the court or the seat of arbitration
 */
@JsonClassDescription("What follows the escalation ladder: mediation, and the courts or arbitration.")
public record DisputeResolution(
        @JsonPropertyDescription("Whether the parties try mediation before the courts or arbitration: true or false.")
        Boolean mediation,
        @JsonPropertyDescription("Where a dispute is finally decided: courts or arbitration.")
        Venue venue,
        @JsonPropertyDescription("The court or the seat of arbitration, for example Oslo tingrett.")
        @Translatable String place) {}

package no.samspill.model;

/**
 * What follows the escalation ladder.
 *
 * @param mediation whether the parties try mediation before the courts or arbitration
 * @param place the court or the seat of arbitration
 */
public record DisputeResolution(Boolean mediation, Venue venue, String place) {}

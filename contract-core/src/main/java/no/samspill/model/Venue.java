package no.samspill.model;

/** Where a dispute is finally decided. */
public enum Venue {
    courts,
    arbitration
}

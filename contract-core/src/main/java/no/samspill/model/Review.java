package no.samspill.model;

/** How often the parties review the relational contract itself. */
public record Review(Frequency frequency) {}

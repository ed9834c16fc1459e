package no.samspill.model;

/** How a forum decides. */
public enum DecisionRule {
    consensus,
    majority
}

package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** How a forum decides. */
@JsonClassDescription("How a forum decides: consensus or majority.")
public enum DecisionRule {
    consensus,
    majority
}

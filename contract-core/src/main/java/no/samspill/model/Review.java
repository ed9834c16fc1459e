package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** How often the parties review the relational contract itself. */
@JsonClassDescription("How often the parties review the relational contract itself.")
public record Review(
        @JsonPropertyDescription("How often the relational contract is reviewed.")
        Frequency frequency) {}

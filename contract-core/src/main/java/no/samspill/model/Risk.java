package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An entry of the joint risk register at signing. */
@JsonClassDescription("An entry of the joint risk register at signing.")
public record Risk(
        @JsonPropertyDescription("The risk's id, unique among risks: a lower-case letter, then up to 39 lower-case letters, digits or hyphens.")
        @NotNull @Slug String id,
        @JsonPropertyDescription("What could go wrong.")
        @Translatable @NotBlank String description,
        @JsonPropertyDescription("Who answers for the risk: customer, supplier or joint.")
        @NotNull Responsible owner,
        @JsonPropertyDescription("How the risk is reduced.")
        @Translatable String mitigation) {}

package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * An incentive tied to a measure.
 *
 * @param measure the id of the measure it rewards or penalises
 */
@JsonClassDescription("An incentive tied to a measure.")
public record Incentive(
        @JsonPropertyDescription("The id of the measure the incentive rewards or penalises.")
        @NotNull String measure,
        @JsonPropertyDescription("The kind of incentive: bonus, malus or gainshare.")
        @NotNull IncentiveType type,
        @JsonPropertyDescription("How the incentive works. Text: paragraphs, *emphasis*, **strong**, and bullet or numbered lists.")
        @Translatable @NotBlank String description) {}

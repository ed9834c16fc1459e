package no.samspill.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * An incentive tied to a measure.
 *
 * @param measure the id of the measure it rewards or penalises
 */
public record Incentive(@NotNull String measure, @NotNull IncentiveType type, @NotBlank String description) {}

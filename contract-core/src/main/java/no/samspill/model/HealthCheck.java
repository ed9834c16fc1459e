package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;

/** How often and how the parties check the health of the relationship. */
@JsonClassDescription("How often and how the parties check the health of the relationship.")
public record HealthCheck(
        @JsonPropertyDescription("How often the health of the relationship is checked.")
        @NotNull Frequency frequency,
        @JsonPropertyDescription("How the health check is carried out: survey or workshop.")
        @NotNull HealthCheckMethod method) {}

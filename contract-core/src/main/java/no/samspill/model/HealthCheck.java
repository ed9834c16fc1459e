package no.samspill.model;

import jakarta.validation.constraints.NotNull;

/** How often and how the parties check the health of the relationship. */
public record HealthCheck(@NotNull Frequency frequency, @NotNull HealthCheckMethod method) {}

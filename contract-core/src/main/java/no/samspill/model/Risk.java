package no.samspill.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An entry of the joint risk register at signing. */
public record Risk(@NotNull @Slug String id, @NotBlank String description, @NotNull Responsible owner, String mitigation) {}

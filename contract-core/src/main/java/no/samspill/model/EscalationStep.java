package no.samspill.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * One step of the escalation ladder.
 *
 * @param forum the id of the forum that handles the matter at this step
 * @param days how many days that forum has before the matter moves up
 */
public record EscalationStep(@NotNull String forum, @NotNull @Min(1) @Max(180) Integer days) {}

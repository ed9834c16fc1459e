package no.samspill.model;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.Range;

/**
 * One step of the escalation ladder.
 *
 * @param forum the id of the forum that handles the matter at this step
 * @param days how many days that forum has before the matter moves up
 */
public record EscalationStep(@NotNull String forum, @NotNull @Range(min = 1, max = 180) Integer days) {}

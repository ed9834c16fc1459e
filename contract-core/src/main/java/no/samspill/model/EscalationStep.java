package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.Range;

/**
 * One step of the escalation ladder.
 *
 * @param forum the id of the forum that handles the matter at this step
 * @param days how many days that forum has before the matter moves up
 */
@JsonClassDescription("One step of the escalation ladder.")
public record EscalationStep(
        @JsonPropertyDescription("The id of the forum that handles the matter at this step.")
        @NotNull String forum,
        @JsonPropertyDescription("How many days (1 to 180) that forum has before the matter moves up.")
        @NotNull @Range(min = 1, max = 180) Integer days) {}

package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A measure of an objective.
 *
 * @param baseline where the measure stands at signing: a number, or a text for a qualitative measure
 * @param responsible who answers for measuring and reporting; {@code joint} when left out
 */
@JsonClassDescription("A measure of an objective.")
public record Measure(
        @JsonPropertyDescription("The measure's id, unique among all measures; incentives name it: a lower-case letter, then up to 39 lower-case letters, digits or hyphens.")
        @NotNull @Slug String id,
        @JsonPropertyDescription("The measure's name: one line.")
        @Translatable @NotBlank @OneLine String name,
        @JsonPropertyDescription("The unit the measure is counted in, for example minutes: one line.")
        @Translatable @OneLine String unit,
        @JsonPropertyDescription("Where the measure stands at signing: a number, or a text for a qualitative measure.")
        MeasureValue baseline,
        @JsonPropertyDescription("Where the measure should be by the deadline: a number, or a text for a qualitative measure.")
        MeasureValue target,
        @JsonPropertyDescription("When the target should be reached, as YYYY-MM-DD; within the term of the contract.")
        LocalDate deadline,
        @JsonPropertyDescription("How the measure is measured.")
        @Translatable String method,
        @JsonPropertyDescription("How often the measure is measured and reported.")
        Frequency frequency,
        @JsonPropertyDescription("Who answers for measuring and reporting: customer, supplier or joint.")
        Responsible responsible) {

    public Measure {
        responsible = responsible == null ? Responsible.joint : responsible;
    }
}

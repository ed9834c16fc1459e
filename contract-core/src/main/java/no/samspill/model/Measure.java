package no.samspill.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A measure of an objective.
 *
 * @param baseline where the measure stands at signing: a number, or a text for a qualitative measure
 * @param responsible who answers for measuring and reporting; {@code joint} when left out
 */
public record Measure(
        @NotNull @Slug String id,
        @NotBlank @OneLine String name,
        @OneLine String unit,
        MeasureValue baseline,
        MeasureValue target,
        LocalDate deadline,
        String method,
        Frequency frequency,
        Responsible responsible) {

    public Measure {
        responsible = responsible == null ? Responsible.joint : responsible;
    }
}

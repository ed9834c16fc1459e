package no.samspill.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A shared objective, with the measures that tell whether it is reached. */
public record Objective(
        @NotNull @Slug String id,
        @NotBlank @OneLine String title,
        String description,
        List<@NotNull @Valid Measure> measures) {

    public Objective {
        measures = Lists.copy(measures);
    }
}

package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A shared objective, with the measures that tell whether it is reached. */
@JsonClassDescription("A shared objective, with the measures that tell whether it is reached.")
public record Objective(
        @JsonPropertyDescription("The objective's id, unique among objectives: a lower-case letter, then up to 39 lower-case letters, digits or hyphens.")
        @NotNull @Slug String id,
        @JsonPropertyDescription("The objective's title: one line.")
        @Translatable @NotBlank @OneLine String title,
        @JsonPropertyDescription("What the objective means. Text: paragraphs, *emphasis*, **strong**, and bullet or numbered lists.")
        @Translatable String description,
        @JsonPropertyDescription("The measures that tell whether the objective is reached.")
        List<@NotNull @Valid Measure> measures) {

    public Objective {
        measures = Lists.copy(measures);
    }
}

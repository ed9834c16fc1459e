package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A change to the base agreement's general text, for its appendix for such changes.
 *
 * @param clause the clause number, for example {@code 11.3}
 */
@JsonClassDescription("A change to the base agreement's general text, for its appendix for such changes.")
public record Amendment(
        @JsonPropertyDescription("The number of the clause of the general text that is changed, such as 11.3.")
        @NotNull @Pattern(regexp = Amendment.CLAUSE_NUMBER, message = "is not a clause number; write it like 11.3") String clause,
        @JsonPropertyDescription("The clause's title: one line.")
        @Translatable @NotBlank @OneLine String title,
        @JsonPropertyDescription("The change to the clause. Text: paragraphs, *emphasis*, **strong**, and bullet or numbered lists.")
        @Translatable @NotBlank String change) {

    /** How a clause number of the general text is written: 11.3, 2.2.2. */
    public static final String CLAUSE_NUMBER = "\\d{1,2}(\\.\\d{1,2}){0,3}";
}

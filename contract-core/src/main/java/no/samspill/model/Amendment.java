package no.samspill.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A change to the base agreement's general text, for its appendix for such changes.
 *
 * @param clause the clause number, for example {@code 11.3}
 */
public record Amendment(
        @NotNull @Pattern(regexp = "\\d{1,2}(\\.\\d{1,2}){0,3}", message = "is not a clause number; write it like 11.3") String clause,
        @NotBlank @OneLine String title,
        @NotBlank String change) {}

package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A warning the parties accept: it is kept in the report with the reason, and no longer counts as a
 * warning, under strict checking either.
 *
 * @param code the code of the warning, as {@code docs/checks.md} lists it
 * @param reason why the parties accept it, for whoever reads the report later
 * @param path the field the acceptance is limited to, such as {@code governance.escalation}; every
 *     finding with the code when left out
 */
@JsonClassDescription("A warning the parties accept, by its code, with the reason; optionally limited to one field.")
public record Acceptance(
        @JsonPropertyDescription("The code of the warning accepted, for example escalation-few-steps (docs/checks.md lists them).")
        @NotNull String code,
        @JsonPropertyDescription("Why the parties accept it: kept in the report, for whoever reads it later; at most 500 characters.")
        @NotBlank @Size(max = 500) String reason,
        @JsonPropertyDescription("The field the acceptance is limited to, such as governance.forums[1] (that field and what it holds); every finding with the code when left out.")
        String path) {}

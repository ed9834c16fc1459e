package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** What the description says about the structural checks that validation runs on it. */
@JsonClassDescription("What the description says about the structural checks (docs/checks.md): the warnings it accepts, each with its reason.")
public record Checks(
        @JsonPropertyDescription("The warnings the parties accept, each by its code and with the reason they accept it.")
        List<@NotNull @Valid Acceptance> accept) {

    public Checks {
        accept = Lists.copy(accept);
    }

    /** No warning accepted. */
    public static final Checks NONE = new Checks(List.of());
}

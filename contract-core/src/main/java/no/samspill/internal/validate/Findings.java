package no.samspill.internal.validate;

import java.util.List;
import no.samspill.AcceptedWarning;
import no.samspill.Problem;

/**
 * The findings of one description, sorted by what they do.
 *
 * @param problems what stops generation
 * @param warnings the warnings that do not stop it
 * @param accepted the warnings the description accepts, with its reasons
 */
public record Findings(List<Problem> problems, List<Problem> warnings, List<AcceptedWarning> accepted) {

    public Findings {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        accepted = List.copyOf(accepted);
    }
}

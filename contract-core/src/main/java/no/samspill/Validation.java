package no.samspill;

import java.util.List;
import no.samspill.model.Contract;

/**
 * The outcome of reading and validating a description: the contract, when it could be read,
 * and every problem found.
 *
 * @param source the file name or the name given for text read from memory
 * @param contract the description as read; null when the YAML could not be read at all
 * @param problems every problem, sorted by position; empty when the description is valid
 */
public record Validation(String source, Contract contract, List<Problem> problems) {

    public Validation {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty() && contract != null;
    }
}

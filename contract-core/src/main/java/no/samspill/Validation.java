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
 * @param translation for a parallel edition, the same contract in the language of the right-hand
 *     column ({@code contract} is the left-hand, prevailing one); null for a single edition
 */
public record Validation(String source, Contract contract, List<Problem> problems, Contract translation) {

    public Validation {
        problems = List.copyOf(problems);
    }

    /** The outcome for a single edition. */
    public Validation(String source, Contract contract, List<Problem> problems) {
        this(source, contract, problems, null);
    }

    /** Whether this is a parallel edition: both languages, side by side. */
    public boolean isParallel() {
        return translation != null;
    }

    public boolean isValid() {
        return problems.isEmpty() && contract != null;
    }
}

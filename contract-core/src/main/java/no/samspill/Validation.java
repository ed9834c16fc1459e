package no.samspill;

import java.util.ArrayList;
import java.util.List;
import no.samspill.model.Contract;

/**
 * The outcome of reading and validating a description: the contract, when it could be read, and
 * every finding.
 *
 * <p>{@link #problems()} holds what stops generation: every error, and under
 * {@linkplain ContractGenerator.Builder#strict(boolean) strict checking} every warning as well.
 * {@link #warnings()} holds the warnings that do not stop it, and {@link #accepted()} the warnings
 * the description accepts with a reason.
 *
 * @param source the file name or the name given for text read from memory
 * @param contract the description as read; null when the YAML could not be read at all
 * @param problems the findings that prevent generation, sorted by position; empty when the description is valid
 * @param translation for a parallel edition, the same contract in the language of the right-hand
 *     column ({@code contract} is the left-hand, prevailing one); null for a single edition
 * @param warnings the warnings that do not prevent generation, sorted by position
 * @param accepted the warnings the description accepts under {@code checks.accept}, in the order of the file
 */
public record Validation(String source, Contract contract, List<Problem> problems, Contract translation,
        List<Problem> warnings, List<AcceptedWarning> accepted) {

    public Validation {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        accepted = List.copyOf(accepted);
    }

    /** The outcome, with no warnings. */
    public Validation(String source, Contract contract, List<Problem> problems, Contract translation) {
        this(source, contract, problems, translation, List.of(), List.of());
    }

    /** The outcome for a single edition, with no warnings. */
    public Validation(String source, Contract contract, List<Problem> problems) {
        this(source, contract, problems, null);
    }

    /** Whether this is a parallel edition: both languages, side by side. */
    public boolean isParallel() {
        return translation != null;
    }

    /** Whether the description can be generated: nothing in {@link #problems()}. */
    public boolean isValid() {
        return problems.isEmpty() && contract != null;
    }

    /** Every finding that is reported, errors and warnings, sorted by position; not the accepted ones. */
    public List<Problem> findings() {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(warnings);
        all.sort(Problem.BY_POSITION);
        return List.copyOf(all);
    }
}

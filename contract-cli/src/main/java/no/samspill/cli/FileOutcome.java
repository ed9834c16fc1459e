package no.samspill.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.samspill.AcceptedWarning;
import no.samspill.Problem;
import no.samspill.Severity;
import no.samspill.Validation;

/**
 * What checking one description found, over every edition asked for: the findings that stop it,
 * the warnings that do not, and the warnings it accepts; or why it could not be checked at all.
 * The text, JSON and SARIF reports are all made from these, so that they cannot disagree.
 *
 * @param file the description as the user named it
 * @param stopping what stops generation: errors, and under {@code --strict} the unaccepted warnings;
 *     errors first, each kind by position
 * @param warnings the warnings that do not stop generation, by position
 * @param accepted the warnings the description accepts, in the order of the file
 * @param failure why the file could not be checked (a line for standard error), or null when it was
 */
record FileOutcome(String file, List<Problem> stopping, List<Problem> warnings, List<AcceptedWarning> accepted,
        String failure) {

    /** Errors before warnings, so that the list starts with what must be fixed; each kind by position. */
    static final Comparator<Problem> ERRORS_FIRST =
            Comparator.comparing(Problem::severity).thenComparing(Problem.BY_POSITION);

    FileOutcome {
        Objects.requireNonNull(file, "file must not be null");
        stopping = List.copyOf(stopping);
        warnings = List.copyOf(warnings);
        accepted = List.copyOf(accepted);
    }

    /**
     * The findings of every edition of one description, each once: the editions read the same
     * file, so most of what one finds the others find again at the same place.
     */
    static FileOutcome of(String file, List<Validation> editions) {
        Set<Problem> stopping = new LinkedHashSet<>();
        Set<Problem> warnings = new LinkedHashSet<>();
        Set<AcceptedWarning> accepted = new LinkedHashSet<>();
        for (Validation edition : editions) {
            stopping.addAll(edition.problems());
            warnings.addAll(edition.warnings());
            accepted.addAll(edition.accepted());
        }
        return new FileOutcome(file, stopping.stream().sorted(ERRORS_FIRST).toList(),
                warnings.stream().sorted(Problem.BY_POSITION).toList(), List.copyOf(accepted), null);
    }

    /** A description that could not be checked, for the reason {@code failure} gives. */
    static FileOutcome failed(String file, String failure) {
        return new FileOutcome(file, List.of(), List.of(), List.of(), Objects.requireNonNull(failure));
    }

    boolean isFailure() {
        return failure != null;
    }

    /** Whether the description was checked and nothing stops it. */
    boolean isValid() {
        return failure == null && stopping.isEmpty();
    }

    /** The exit code this description alone gives. */
    int exitCode() {
        return isFailure() ? ExitCodes.FAILURE : isValid() ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /** Every finding to list, one line each: what stops the description, then the other warnings. */
    List<Problem> listed() {
        List<Problem> listed = new ArrayList<>(stopping);
        listed.addAll(warnings);
        listed.sort(ERRORS_FIRST);
        return List.copyOf(listed);
    }

    /**
     * The line after the listed findings, or null when none are listed: "2 problems and 1 warning
     * found; no document was written." The accepted warnings are counted in it, so that what a
     * description accepts is never hidden without a trace.
     */
    String summary() {
        List<Problem> listed = listed();
        if (listed.isEmpty()) {
            return null;
        }
        long errors = listed.stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warningCount = listed.size() - errors;
        List<String> counts = new ArrayList<>();
        if (errors > 0) {
            counts.add(count(errors, "problem"));
        }
        if (warningCount > 0) {
            counts.add(count(warningCount, "warning"));
        }
        String found = String.join(" and ", counts) + " found"
                + (accepted.isEmpty() ? "" : ", " + count(accepted.size(), "warning") + " accepted");
        if (isValid()) {
            return found + "; the description is valid.";
        }
        return errors > 0
                ? found + "; no document was written."
                : found + "; --strict counts a warning as a problem, so no document was written.";
    }

    /**
     * What follows "valid" for a valid description: the warnings it still has and those it
     * accepts (", 1 warning, 2 warnings accepted"); empty when it has neither.
     */
    String validDetails() {
        StringBuilder details = new StringBuilder();
        if (!warnings.isEmpty()) {
            details.append(", ").append(count(warnings.size(), "warning"));
        }
        if (!accepted.isEmpty()) {
            details.append(", ").append(count(accepted.size(), "warning")).append(" accepted");
        }
        return details.toString();
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

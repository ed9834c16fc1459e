package no.samspill.internal.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.AcceptedWarning;
import no.samspill.Check;
import no.samspill.Problem;
import no.samspill.Severity;
import no.samspill.model.Acceptance;
import no.samspill.model.Contract;

/**
 * Applies the warnings a description accepts under {@code checks.accept}: each accepted warning is
 * kept with its reason, and an acceptance that is wrong or matches nothing is itself reported.
 */
final class Acceptances {

    private final Map<String, Check> checks = new LinkedHashMap<>();
    private final ProblemSink sink;

    Acceptances(List<Check> checks, ProblemSink sink) {
        checks.forEach(check -> this.checks.put(check.code(), check));
        this.sink = sink;
    }

    Findings settle(Contract contract, List<Problem> findings) {
        List<Acceptance> acceptances = contract == null ? List.of() : contract.checks().accept();
        boolean[] usable = new boolean[acceptances.size()];
        for (int i = 0; i < acceptances.size(); i++) {
            usable[i] = isUsable(acceptances.get(i), "checks.accept[" + i + "]");
        }
        boolean[] used = new boolean[acceptances.size()];
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        List<AcceptedWarning> accepted = new ArrayList<>();
        for (Problem finding : findings) {
            if (!finding.isWarning()) {
                problems.add(finding);
                continue;
            }
            int match = -1;
            for (int i = 0; i < acceptances.size() && match < 0; i++) {
                if (usable[i] && matches(acceptances.get(i), finding)) {
                    match = i;
                }
            }
            if (match < 0) {
                warnings.add(finding);
            } else {
                used[match] = true;
                accepted.add(new AcceptedWarning(finding, acceptances.get(match).reason().strip()));
            }
        }
        for (int i = 0; i < acceptances.size(); i++) {
            if (usable[i] && !used[i]) {
                Acceptance acceptance = acceptances.get(i);
                String where = acceptance.path() == null ? "" : " at " + acceptance.path().strip();
                sink.report(CheckCatalogue.ACCEPTANCE_UNUSED, "checks.accept[" + i + "]", "no \"" + acceptance.code()
                        + "\" warning is found" + where + ", so this acceptance accepts nothing; remove it, so that"
                        + " it does not silence a warning that arises later without anyone weighing it");
            }
        }
        return new Findings(problems, warnings, accepted);
    }

    /** Whether the acceptance names a warning that can be accepted; reports it when not. */
    private boolean isUsable(Acceptance acceptance, String path) {
        if (acceptance == null || acceptance.code() == null || acceptance.reason() == null
                || acceptance.reason().isBlank()) {
            return false; // the format check has reported what is missing
        }
        Check check = checks.get(acceptance.code());
        if (check == null) {
            String suggestion = Suggestions.closest(acceptance.code(), checks.keySet())
                    .map(code -> "; did you mean \"" + code + "\"?")
                    .orElse("; docs/checks.md lists the codes");
            sink.report(path + ".code", "\"" + acceptance.code() + "\" is not the code of a check that runs"
                    + suggestion);
            return false;
        }
        if (check.severity() == Severity.ERROR) {
            sink.report(path + ".code", "\"" + acceptance.code() + "\" is an error, and an error cannot be accepted:"
                    + " the description must be corrected");
            return false;
        }
        if (check.code().equals(CheckCatalogue.ACCEPTANCE_UNUSED.code())) {
            sink.report(path + ".code", "an acceptance that accepts nothing is removed, not accepted");
            return false;
        }
        return true;
    }

    private static boolean matches(Acceptance acceptance, Problem finding) {
        if (!acceptance.code().equals(finding.code())) {
            return false;
        }
        if (acceptance.path() == null || acceptance.path().isBlank()) {
            return true;
        }
        String path = acceptance.path().strip();
        String at = finding.path();
        return at.equals(path) || at.startsWith(path + ".") || at.startsWith(path + "[");
    }
}

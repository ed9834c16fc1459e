package no.samspill.templates;

import java.util.List;

/**
 * What {@link PackCheck#run()} found.
 *
 * @param cases everything that was checked, in the order it was checked
 * @param updated the snapshot files that were written (only with {@link PackCheck#update})
 * @param notes what was not checked and why, for example when no snapshots were given
 */
public record CheckReport(List<CheckCase> cases, List<String> updated, List<String> notes) {

    public CheckReport {
        cases = List.copyOf(cases);
        updated = List.copyOf(updated);
        notes = List.copyOf(notes);
    }

    /** Every failure of every case, in order. */
    public List<CheckFailure> failures() {
        return cases.stream().flatMap(c -> c.failures().stream()).toList();
    }

    /** Whether everything passed. */
    public boolean passed() {
        return cases.stream().allMatch(CheckCase::passed);
    }
}

package no.samspill.templates;

import java.util.List;

/**
 * One thing {@link PackCheck} checked, such as one clause in one language or one example's
 * snapshot; a report lists them all, passed or not, so that CI can show what was covered.
 *
 * @param check the kind of check (see {@link CheckFailure#check()})
 * @param name what was checked, for example {@code vision (en)} or {@code ehelse-ssa-l.nb.txt}
 * @param failures what was wrong with it; empty when it passed
 */
public record CheckCase(String check, String name, List<CheckFailure> failures) {

    public CheckCase {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}

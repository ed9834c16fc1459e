package no.samspill;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a template pack changes the catalogue of checks: the built-in checks it switches off and the
 * checks it adds.
 *
 * @param switchedOff the codes of the built-in checks that do not run
 * @param added the pack's own checks
 */
public record CheckConfiguration(Set<String> switchedOff, List<SchemaCheck> added) {

    /** The built-in checks, all of them, and nothing more. */
    public static final CheckConfiguration BUILT_IN = new CheckConfiguration(Set.of(), List.of());

    public CheckConfiguration {
        switchedOff = Set.copyOf(Objects.requireNonNull(switchedOff, "switchedOff must not be null"));
        added = List.copyOf(Objects.requireNonNull(added, "added must not be null"));
    }
}

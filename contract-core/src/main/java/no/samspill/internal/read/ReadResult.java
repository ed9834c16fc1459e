package no.samspill.internal.read;

import java.util.List;
import java.util.Objects;
import no.samspill.Problem;
import no.samspill.model.Contract;

/**
 * What reading one description gave.
 *
 * @param contract the description as model records; null when it could not be read at all
 *     (malformed YAML, too large, not a mapping). When {@code problems} is not empty the contract
 *     may be incomplete: values that could not be read are left out (null).
 * @param sourceMap where each value and key starts in the file
 * @param problems everything wrong that reading found, sorted by {@link Problem#BY_POSITION}
 */
public record ReadResult(Contract contract, SourceMap sourceMap, List<Problem> problems) {

    public ReadResult {
        Objects.requireNonNull(sourceMap, "sourceMap");
        problems = List.copyOf(problems);
    }

    /** True when the description was read without any problem. */
    public boolean isClean() {
        return contract != null && problems.isEmpty();
    }
}

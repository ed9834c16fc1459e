package no.samspill.internal.read;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.samspill.Problem;
import no.samspill.model.Contract;

/**
 * What reading one description gave.
 *
 * @param contract the description as model records; null when it could not be read at all
 *     (malformed YAML, too large, not a mapping). When {@code problems} is not empty the contract
 *     may be incomplete: values that could not be read are left out (null).
 * @param translation for a parallel edition, the same description read in the other language
 *     (the right-hand column); null for a single edition or when the description could not be read
 * @param sourceMap where each value and key starts in the file
 * @param problems everything wrong that reading found, sorted by {@link Problem#BY_POSITION}
 * @param languageMaps the paths of the values given per language ({@code objectives[0].title}):
 *     a later problem with such a value lies in the entry of the edition's language
 */
public record ReadResult(Contract contract, Contract translation, SourceMap sourceMap, List<Problem> problems,
        Set<String> languageMaps) {

    public ReadResult {
        Objects.requireNonNull(sourceMap, "sourceMap");
        problems = List.copyOf(problems);
        languageMaps = Set.copyOf(languageMaps);
    }

    /** True when the description was read without any problem. */
    public boolean isClean() {
        return contract != null && problems.isEmpty();
    }
}

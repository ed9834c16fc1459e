package no.samspill.templates;

import java.util.List;
import no.samspill.Problem;
import no.samspill.internal.read.ContractReader;
import no.samspill.internal.read.ReadResult;
import no.samspill.model.Contract;
import no.samspill.model.Language;

/**
 * Contracts for tests, read with the real reader. {@link #read} does not validate: some tests
 * feed values the validator would reject (markup in a title) to show that the templates cope.
 */
final class Contracts {

    private Contracts() {}

    /** The e-health example (bokmål, SSA-L), read and validated. */
    static Contract example() {
        return Examples.read("ehelse-ssa-l");
    }

    /** A description that must read without structural problems. */
    static Contract read(String yaml) {
        ReadResult result = ContractReader.create().read("test.yaml", yaml);
        List<Problem> problems = result.problems();
        if (result.contract() == null || !problems.isEmpty()) {
            throw new AssertionError("the test description does not read:\n"
                    + String.join("\n", problems.stream().map(Problem::toString).toList()));
        }
        return result.contract();
    }

    /** The same contract in another language, as if the description said {@code language: ...}. */
    static Contract inLanguage(Contract contract, Language language) {
        return contract.inLanguage(language);
    }
}

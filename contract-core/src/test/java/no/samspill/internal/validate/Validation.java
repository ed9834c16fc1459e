package no.samspill.internal.validate;

import java.util.List;
import no.samspill.Problem;
import no.samspill.internal.read.Position;
import no.samspill.internal.read.SourceMap;

/** Shared helpers: one validator for all tests (it is thread-safe), and short forms for expected problems. */
final class Validation {

    static final String FILE = "avtale.yaml";
    static final ContractValidator VALIDATOR = new ContractValidator(TestCatalogue.catalogue());

    private Validation() {}

    /** The errors in the fixture; the structural warnings have tests of their own. */
    static List<Problem> validate(ContractFixture fixture, SourceMap sourceMap) {
        return VALIDATOR.validate(fixture.build(), sourceMap, FILE).stream().filter(p -> !p.isWarning()).toList();
    }

    /** Every finding in the fixture, warnings included. */
    static List<Problem> findings(ContractFixture fixture, SourceMap sourceMap) {
        return VALIDATOR.validate(fixture.build(), sourceMap, FILE);
    }

    static List<Problem> validate(ContractFixture fixture) {
        return validate(fixture, SourceMap.empty());
    }

    static Position at(int line, int column) {
        return new Position(line, column);
    }

    static Problem problem(int line, int column, String path, String message) {
        return new Problem(FILE, line, column, path, message);
    }

    static Problem problem(int line, int column, String path, String message, no.samspill.Check check) {
        return new Problem(FILE, line, column, path, message, check.code(), check.severity());
    }
}

package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The built-in pack through every check of {@code samspill check}, with the module's examples and
 * their golden snapshots (contract-templates/golden): any change to a clause, a label or the
 * engine that changes the text of a contract fails here with a diff per clause and, once
 * accepted, shows as a diff in the pull request.
 *
 * <p>To accept a deliberate change, rewrite the snapshots and read the diff before committing:
 * <pre>
 * mvn -o -pl contract-templates -am test -Dsamspill.updateGolden=true
 * git diff contract-templates/golden
 * </pre>
 * (or {@code samspill check --examples contract-templates/examples --golden contract-templates/golden --update}).
 * A clause whose text changed while its version in pack.yaml stayed the same is not rewritten.
 */
class GoldenSnapshotTest {

    private static final boolean UPDATE = Boolean.getBoolean("samspill.updateGolden");

    @Test
    void theBuiltInPackPassesEveryCheckWithTheModulesExamplesAndSnapshots() {
        CheckReport report = PackCheck.builtIn()
                .withExamples(Path.of("examples"))
                .withGolden(Path.of("golden"))
                .withUpdate(UPDATE)
                .run();

        assertThat(report.failures()).as("the failures of the check").isEmpty();
        assertThat(report.cases()).extracting(CheckCase::check)
                .contains("manifest", "templates", "parity", "examples", "golden", "versions");
        assertThat(report.cases()).filteredOn(c -> c.check().equals("golden")).hasSize(Examples.NAMES.size() * 2);
    }

    @Test
    void theSnapshotsShippedInTheJarAreTheModulesSnapshots() {
        CheckReport report = PackCheck.builtIn().run();

        assertThat(report.failures()).isEmpty();
        assertThat(report.cases()).filteredOn(c -> c.check().equals("golden")).hasSize(PackCheck.BUNDLED_EXAMPLES.size() * 2);
    }
}

package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.samspill.ContractGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InitCommandTest {

    @TempDir
    Path dir;

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> everyBaseInEveryLanguageInBothForms() {
        return ContractGenerator.create().templates().catalogue().codes().stream()
                .flatMap(code -> java.util.stream.Stream.of("nb", "en")
                        .flatMap(lang -> java.util.stream.Stream.of(false, true)
                                .map(parties -> org.junit.jupiter.params.provider.Arguments.of(code, lang, parties))));
    }

    @ParameterizedTest(name = "{0} {1} --parties={2}")
    @MethodSource("everyBaseInEveryLanguageInBothForms")
    void theStarterForEveryBaseLanguageAndFormValidatesWithoutWarningsAndGeneratesAsItIs(String base, String lang,
            boolean parties) {
        Path file = dir.resolve("avtale.yaml");

        CliRun init = parties
                ? CliRun.of("init", "--parties", "--base", base, "--lang", lang, file.toString())
                : CliRun.of("init", "--base", base, "--lang", lang, file.toString());
        CliRun validate = CliRun.of("validate", "--strict", file.toString());
        CliRun generate = CliRun.of("generate", file.toString());

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
        assertThat(validate.out() + validate.err()).doesNotContain("warning");
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(dir.resolve("avtale.docx")).exists();
        assertThat(dir.resolve("samspill.schema.json")).content().contains("\"$schema\"").contains("\"" + base + "\"");
    }

    @Test
    void theSeveralPartiesStarterListsBothSidesAndEveryPartySignsTheGeneratedContract() throws IOException {
        Path file = dir.resolve("felles.yaml");

        CliRun init = CliRun.of("init", "--parties", "--lang", "en", file.toString());
        CliRun generate = CliRun.of("generate", file.toString());

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(Files.readString(file)).contains("  customers:", "  suppliers:", "role: subcontractor")
                .doesNotContain("parties:\n  customer:");
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(DocxText.of(dir.resolve("felles.docx")))
                .contains("Helse Nordvest RHF", "Fjordvik kommune", "Bjørkedal kommune", "Nordlys Helseteknologi AS",
                        "Sensa Integrasjon AS", "Driftshuset Vest AS", "the Lead Customer", "the Lead Supplier")
                .contains("Kari Nordmann", "Per Hansen", "Anne Lund", "Nils Berg", "Lise Moen");
    }

    @Test
    void theStarterNamesItsSchemaAndShowsTheOptionalSections() {
        CliRun run = CliRun.of("init", "--base", "SSA-D");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("# yaml-language-server: $schema=")
                .contains("code: SSA-D")
                .contains("# principles:", "# risks:", "# incentives:", "# amendments:", "# earlyWarning:")
                .contains("relationshipManagers:\n    customer:");
    }

    @Test
    void anExistingFileIsKeptWithoutForce() throws IOException {
        Path file = Files.writeString(dir.resolve("avtale.yaml"), "my own work");

        CliRun run = CliRun.of("init", file.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(file)).isEqualTo("my own work");
    }

    @Test
    void anUnknownBaseIsAUsageErrorListingTheCatalogue() {
        CliRun run = CliRun.of("init", "--base", "SSA-X");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown base agreement \"SSA-X\"").contains("SSA-L");
    }

    @Test
    void anExistingSchemaFileIsKeptWithoutForceAndReplacedWithIt() throws IOException {
        Path schema = Files.writeString(dir.resolve("samspill.schema.json"), "{\"my\": \"own\"}");

        CliRun kept = CliRun.of("init", dir.resolve("a.yaml").toString());
        CliRun forced = CliRun.of("init", "--force", dir.resolve("b.yaml").toString());
        String current = Files.readString(schema);
        CliRun again = CliRun.of("init", dir.resolve("c.yaml").toString());

        assertThat(kept.exitCode()).as(kept.err()).isZero();
        assertThat(kept.err()).contains("kept the existing samspill.schema.json").contains("--force");
        assertThat(dir.resolve("a.yaml")).exists();
        assertThat(forced.exitCode()).isZero();
        assertThat(current).contains("\"$schema\"");
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).isEmpty();
        assertThat(again.out()).contains("already this release's");
        assertThat(schema).hasContent(current);
    }

    @Test
    void aFileNotNamedYamlIsAUsageErrorAndNothingIsWritten() {
        CliRun run = CliRun.of("init", dir.resolve("avtale.docx").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("avtale.docx: a description (YAML) is written here, so the name must end in "
                + ".yaml or .yml");
        assertThat(dir.resolve("avtale.docx")).doesNotExist();
        assertThat(dir.resolve("samspill.schema.json")).doesNotExist();
    }

    @Test
    void dashPrintsTheStarterAndQuietWritesWithoutALine() {
        CliRun printed = CliRun.of("init", "-");
        CliRun quiet = CliRun.of("init", "-q", dir.resolve("avtale.yaml").toString());

        assertThat(printed.out()).startsWith("# yaml-language-server: $schema=");
        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.out()).isEmpty();
        assertThat(dir.resolve("avtale.yaml")).exists();
    }
}

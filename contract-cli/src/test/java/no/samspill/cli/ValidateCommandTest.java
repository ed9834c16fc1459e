package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void aValidDescriptionIsConfirmedOnOneLineWithExitZero() {
        Path file = Descriptions.write(dir, "avtale.yaml", Descriptions.noWarnings());

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(file + ": valid" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anInvalidDescriptionListsEveryProblemWithPositionsAndExitsOne() throws IOException {
        String broken = Examples.text(Examples.EHELSE)
                .replaceFirst("(?m)^  title:", "  tittel:")
                .replaceFirst("(?m)^(\\s+)level: strategic", "$1level: strategisk");
        Path file = Files.writeString(dir.resolve("broken.yaml"), broken);

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .containsPattern("broken\\.yaml:\\d+:3: contract\\.tittel: unknown key \"tittel\"; did you mean \"title\"\\?")
                .containsPattern("broken\\.yaml:\\d+:\\d+: governance\\.forums\\[0\\]\\.level: .*strategisk")
                .containsPattern("2 problems (and \\d+ warnings? )?found(, \\d+ warnings? accepted)?; no document was written\\.");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("at no.samspill");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void everyFileIsCheckedAndTheWorstOutcomeDecidesTheExitCode() throws IOException {
        Path good = Examples.copy(Examples.EHELSE, dir);
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "samspill: 1\n");

        CliRun run = CliRun.of("validate", bad.toString(), good.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(good + ": valid");
        assertThat(run.err()).contains(bad + ":1:1: ");
    }

    @Test
    void aMissingFileIsOnePlainLineAndExitThree() {
        CliRun run = CliRun.of("validate", dir.resolve("nowhere.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("samspill: " + dir.resolve("nowhere.yaml") + ": no such file"
                + System.lineSeparator());
    }

    @Test
    void aDirectoryStandsForEveryDescriptionInItAsInGenerate() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Path good = Descriptions.write(in, "a.yaml", Descriptions.noWarnings());
        Path bad = Files.writeString(in.resolve("b.yml"), "samspill: 1\n");
        Files.writeString(in.resolve("notes.txt"), "not a description");

        CliRun run = CliRun.of("validate", in.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(good + ": valid" + System.lineSeparator());
        assertThat(run.err()).contains(bad + ":1:1: ").doesNotContain("notes.txt");
    }

    @Test
    void aDirectoryWithoutDescriptionsIsOneLineAndExitThree() {
        CliRun run = CliRun.of("validate", dir.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("samspill: " + dir + ": no .yaml or .yml files in this directory"
                + System.lineSeparator());
    }

    @Test
    void aDescriptionOnStandardInputIsNamedStdinWithLineAndColumn() {
        String broken = Descriptions.noWarnings().replaceFirst("(?m)^  title:", "  tittel:");

        CliRun valid = CliRun.withInput(Descriptions.noWarnings(), "validate", "-");
        CliRun invalid = CliRun.withInput(broken, "validate", "-");

        assertThat(valid.exitCode()).as(valid.err()).isZero();
        assertThat(valid.out()).isEqualTo("<stdin>: valid" + System.lineSeparator());
        assertThat(invalid.exitCode()).isEqualTo(1);
        assertThat(invalid.err()).containsPattern("(?m)^<stdin>:\\d+:3: contract\\.tittel: unknown key \"tittel\"");
    }

    @Test
    void standardInputNamedTwiceIsAUsageError() {
        CliRun run = CliRun.withInput(Descriptions.noWarnings(), "validate", "-", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("it can be read only once");
    }

    @Test
    void aReportNamedForAnotherFormatIsAUsageErrorAndNothingIsWritten() {
        Path file = Descriptions.write(dir, "avtale.yaml", Descriptions.noWarnings());

        CliRun json = CliRun.of("validate", "--format", "json", "-o", dir.resolve("r.sarif").toString(), file.toString());
        CliRun sarif = CliRun.of("validate", "--format", "sarif", "-o", dir.resolve("r.sarif.json").toString(),
                file.toString());
        CliRun text = CliRun.of("validate", "-o", dir.resolve("r.docx").toString(), file.toString());

        assertThat(json.exitCode()).isEqualTo(2);
        assertThat(json.err()).contains("r.sarif: the JSON report is written here, so the name must end in .json");
        assertThat(dir.resolve("r.sarif")).doesNotExist();
        assertThat(sarif.exitCode()).as(sarif.err()).isZero();
        assertThat(text.exitCode()).isEqualTo(2);
        assertThat(dir.resolve("r.docx")).doesNotExist();
    }

    @Test
    void dashAsTheOutputIsStandardOutput() {
        Path file = Descriptions.write(dir, "avtale.yaml", Descriptions.noWarnings());

        CliRun run = CliRun.of("validate", "--format", "json", "-o", "-", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("{").contains("\"outcome\" : \"valid\"");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void quietPrintsOnlyTheFindings() {
        Path valid = Descriptions.write(dir, "valid.yaml", Descriptions.noWarnings());
        Path warning = Descriptions.write(dir, "warning.yaml", Descriptions.withWarning());

        CliRun run = CliRun.of("validate", "--quiet", valid.toString(), warning.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(warning + Descriptions.WARNING_LINE);
    }

    @Test
    void withoutAFileItIsAUsageErrorInOneLineWithAHint() {
        CliRun run = CliRun.of("validate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("samspill: missing required parameter: 'FILE'" + System.lineSeparator()
                + "Try 'samspill validate --help' for more information." + System.lineSeparator());
    }

    @Test
    void anUnknownCommandSuggestsTheClosestOne() {
        CliRun run = CliRun.of("validat", "x.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("validate");
    }

    @Test
    void helpShowsTheExitCodes() {
        CliRun run = CliRun.of("validate", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:").contains("A description is invalid");
    }
}

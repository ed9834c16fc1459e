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
    void aDirectoryIsNotADescription() {
        CliRun run = CliRun.of("validate", dir.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("is a directory");
    }

    @Test
    void withoutAFileItIsAUsageErrorWithExitTwo() {
        CliRun run = CliRun.of("validate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter").contains("Usage: samspill validate");
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

package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How validate and generate show warnings and accepted warnings as text, and what --strict changes. */
class FindingsCliTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @Test
    void aDescriptionThatEveryCheckPassesIsValidWithNothingOnStandardError() {
        Path file = Descriptions.write(dir, "clean.yaml", Descriptions.noWarnings());

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(file + ": valid" + NL);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aWarningAloneIsListedAndTheDescriptionStaysValid() {
        Path file = Descriptions.write(dir, "warning.yaml", Descriptions.withWarning());

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(file + ": valid, 1 warning" + NL);
        List<String> err = lines(run.err());
        assertThat(err).hasSize(2);
        assertThat(err.get(0)).startsWith(file + Descriptions.WARNING_LINE)
                .endsWith("[" + Descriptions.WARNING_CODE + "]");
        assertThat(err.get(1)).isEqualTo("1 warning found; the description is valid.");
    }

    @Test
    void errorsAreListedBeforeWarningsAndTheSummaryCountsBoth() {
        Path file = Descriptions.write(dir, "error.yaml", Descriptions.withError());

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).isEmpty();
        List<String> err = lines(run.err());
        assertThat(err).hasSize(3);
        // The error is further down the file than the warning, and still comes first.
        assertThat(err.get(0)).startsWith(file + ":42:33: governance.exit.transitionPlanMonths: the exit and"
                + " transition plan is due 48 months").endsWith("[exit-plan-after-term]");
        assertThat(err.get(1)).startsWith(file + Descriptions.WARNING_LINE);
        assertThat(err.get(2)).isEqualTo("1 problem and 1 warning found; no document was written.");
    }

    @Test
    void anAcceptedWarningIsNotListedButCounted() {
        Path file = Descriptions.write(dir, "accepted.yaml", Descriptions.withAcceptedWarning());

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(file + ": valid, 1 warning accepted" + NL);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theAcceptedWarningsAreCountedInTheSummaryBesideTheListedOnes() {
        String text = Descriptions.withError().replace("    - { forum: operations, days: 10 }\n", "") + "checks:\n  accept:\n"
                + "    - { code: escalation-few-steps, reason: \"Styringsgruppen møtes ukentlig ved behov.\" }\n";
        Path file = Descriptions.write(dir, "both.yaml", text);

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).doesNotContain("escalation-few-steps")
                .endsWith("1 problem and 1 warning found, 1 warning accepted; no document was written." + NL);
    }

    @Test
    void strictMakesAnUnacceptedWarningInvalidWithExitOne() {
        Path file = Descriptions.write(dir, "warning.yaml", Descriptions.withWarning());

        CliRun run = CliRun.of("validate", "--strict", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).isEmpty();
        List<String> err = lines(run.err());
        assertThat(err).hasSize(2);
        assertThat(err.get(0)).startsWith(file + Descriptions.WARNING_LINE);
        assertThat(err.get(1)).isEqualTo(
                "1 warning found; --strict counts a warning as a problem, so no document was written.");
    }

    @Test
    void strictLeavesAnAcceptedWarningAccepted() {
        Path file = Descriptions.write(dir, "accepted.yaml", Descriptions.withAcceptedWarning());

        CliRun run = CliRun.of("validate", "--strict", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(file + ": valid, 1 warning accepted" + NL);
    }

    @Test
    void severalEditionsListEachFindingOnce() throws IOException {
        Path file = Files.writeString(dir.resolve("bilingual.yaml"), Bilingual.description());

        CliRun one = CliRun.of("validate", file.toString());
        CliRun three = CliRun.of("validate", file.toString(), "--lang", "nb,en", "--parallel");

        assertThat(three.exitCode()).isZero();
        List<String> warnings = lines(three.err()).stream().filter(l -> l.contains(": warning: ")).toList();
        assertThat(warnings).as("the description has warnings to repeat").isNotEmpty().doesNotHaveDuplicates();
        assertThat(warnings).isEqualTo(lines(one.err()).stream().filter(l -> l.contains(": warning: ")).toList());
        assertThat(lines(three.out())).hasSize(1);
    }

    @Test
    void generateListsTheWarningsAndStillWritesTheDocument() {
        Path file = Descriptions.write(dir, "warning.yaml", Descriptions.withWarning());
        Path docx = dir.resolve("warning.docx");

        CliRun run = CliRun.of("generate", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(docx).isNotEmptyFile();
        assertThat(run.out()).isEqualTo("Wrote " + docx + NL);
        List<String> err = lines(run.err());
        assertThat(err).hasSize(2);
        assertThat(err.get(0)).startsWith(file + Descriptions.WARNING_LINE);
        assertThat(err.get(1)).isEqualTo("1 warning found; the description is valid.");
    }

    @Test
    void generateCountsTheAcceptedWarnings() {
        Path file = Descriptions.write(dir, "accepted.yaml", Descriptions.withAcceptedWarning());

        CliRun run = CliRun.of("generate", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Wrote " + dir.resolve("accepted.docx") + " (1 warning accepted)" + NL);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void generateStrictWritesNothingForAWarning() {
        Path file = Descriptions.write(dir, "warning.yaml", Descriptions.withWarning());

        CliRun run = CliRun.of("generate", "--strict", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(dir.resolve("warning.docx")).doesNotExist();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(file + Descriptions.WARNING_LINE)
                .endsWith("--strict counts a warning as a problem, so no document was written." + NL);
    }

    @Test
    void generateStrictWritesAnAcceptedWarningsDocument() {
        Path file = Descriptions.write(dir, "accepted.yaml", Descriptions.withAcceptedWarning());

        CliRun run = CliRun.of("generate", "--strict", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(dir.resolve("accepted.docx")).isNotEmptyFile();
    }

    @Test
    void generateStrictWithSeveralEditionsWritesNoneOfThemAndWithoutStrictAll() throws IOException {
        Path file = Files.writeString(dir.resolve("bilingual.yaml"), Bilingual.description());
        Path out = dir.resolve("out");
        List<Path> editions = List.of(out.resolve("bilingual.nb.docx"), out.resolve("bilingual.en.docx"),
                out.resolve("bilingual.nb-en.docx"));

        CliRun strict = CliRun.of("generate", file.toString(), "--lang", "nb,en", "--parallel", "-d", out.toString(),
                "--strict");

        assertThat(strict.exitCode()).isEqualTo(ExitCodes.INVALID);
        editions.forEach(edition -> assertThat(edition).doesNotExist());
        List<String> warnings = lines(strict.err()).stream().filter(l -> l.contains(": warning: ")).toList();
        assertThat(warnings).isNotEmpty().doesNotHaveDuplicates();

        CliRun lenient = CliRun.of("generate", file.toString(), "--lang", "nb,en", "--parallel", "-d", out.toString());

        assertThat(lenient.exitCode()).isZero();
        editions.forEach(edition -> assertThat(edition).isNotEmptyFile());
        assertThat(lines(lenient.err()).stream().filter(l -> l.contains(": warning: ")).toList()).isEqualTo(warnings);
    }

    @Test
    void generateStrictStopsOneDescriptionAndWritesTheOthers() {
        Path warning = Descriptions.write(dir, "warning.yaml", Descriptions.withWarning());
        Path clean = Descriptions.write(dir, "clean.yaml", Descriptions.noWarnings());

        CliRun run = CliRun.of("generate", "--strict", warning.toString(), clean.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(dir.resolve("warning.docx")).doesNotExist();
        assertThat(dir.resolve("clean.docx")).isNotEmptyFile();
        assertThat(run.out()).contains("1 written, 1 invalid, 0 failed");
    }

    @Test
    void helpOfBothCommandsExplainsStrict() {
        assertThat(CliRun.of("validate", "--help").out()).contains("--strict").contains("checks.accept");
        assertThat(CliRun.of("generate", "--help").out()).contains("--strict").contains("checks.accept");
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\R"));
    }
}

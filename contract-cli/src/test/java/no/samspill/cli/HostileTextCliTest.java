package no.samspill.cli;

import static no.samspill.acceptance.HostileDescriptions.BACKGROUND_LINE;
import static no.samspill.acceptance.HostileDescriptions.doubleQuoted;
import static no.samspill.acceptance.HostileDescriptions.replacing;
import static no.samspill.acceptance.HostileDescriptions.withBackgroundText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.samspill.render.OoxmlSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile text through the command line: a problem at its line and exit 1, or a valid document. */
class HostileTextCliTest {

    @TempDir
    Path dir;

    private Path description(String yaml) throws IOException {
        return Files.writeString(dir.resolve("hostile.yaml"), yaml);
    }

    /** validate and generate both report the problem at this line, exit 1, and write nothing. */
    private String problemAt(String yaml, int line) throws IOException {
        Path file = description(yaml);
        CliRun validate = CliRun.of("validate", file.toString());
        CliRun generate = CliRun.of("generate", file.toString());

        for (CliRun run : new CliRun[] {validate, generate}) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).contains(file + ":" + line + ":").doesNotContain("Exception", "\tat ");
            // The one problem and the summary; the warnings the e-health copy has are not the point here.
            assertThat(run.err().lines().filter(l -> !l.contains(": warning: "))).hasSize(2);
        }
        assertThat(dir.resolve("hostile.docx")).doesNotExist();
        return validate.err();
    }

    private void writesAValidDocument(String yaml) throws Exception {
        Path file = description(yaml);
        assertThat(CliRun.of("validate", file.toString()).exitCode()).isZero();

        CliRun generate = CliRun.of("generate", file.toString());

        assertThat(generate.exitCode()).as(generate.err()).isZero();
        OoxmlSchemas.assertValid(Files.readAllBytes(dir.resolve("hostile.docx")));
    }

    @Test
    void deeplyNestedListsAndEmphasisAreProblemsNotStackTraces() throws IOException {
        assertThat(problemAt(withBackgroundText("- ".repeat(700) + "x"), BACKGROUND_LINE))
                .contains("lists are nested more than 9 levels deep");
        assertThat(problemAt(withBackgroundText("**".repeat(1000) + "x" + "**".repeat(1000)), BACKGROUND_LINE))
                .contains("emphasis and strong text are nested more than 9 levels deep");
    }

    @Test
    void tenThousandQuoteMarkersGiveADocument() throws Exception {
        writesAValidDocument(withBackgroundText("> ".repeat(10_000) + "x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.no/rapport-100%", "<https://example.no/a b>", "https://example.no/a|b{c}^d"})
    void aLinkThatValidatesIsGenerated(String destination) throws Exception {
        writesAValidDocument(withBackgroundText("Se [rapporten](" + destination + ")."));
    }

    @Test
    void aControlCharacterInTheTitleIsAProblemAtItsLine() throws IOException {
        String yaml = replacing("title: Samarbeidsavtale om ny journalløsning", "title: " + doubleQuoted("Avtale\u000B"));

        assertThat(problemAt(yaml, 6)).contains("contract.title: contains the control character U+000B at character 7");
    }

    @Test
    void overLongValuesAreProblems() throws IOException {
        assertThat(problemAt(withBackgroundText("<".repeat(200_000)), BACKGROUND_LINE))
                .contains("must be at most 100,000 characters (it has 200000)");
        assertThat(problemAt(replacing("name: Journalsystemer AS", "name: " + "J".repeat(100_000)), 28))
                .contains("must be at most 200 characters (it has 100000)");
    }

    @Test
    void aDateBefore1980IsAProblem() throws IOException {
        assertThat(problemAt(replacing("date: 2026-12-01", "date: 1979-06-01"), 10))
                .contains("contract.date: must be between 1980-01-01 and 2099-12-31 (it is 1979-06-01)");
    }
}

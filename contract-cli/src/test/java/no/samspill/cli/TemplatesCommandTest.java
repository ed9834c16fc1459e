package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TemplatesCommandTest {

    @TempDir
    Path directory;

    @Test
    void listShowsEveryClauseWithVersionLanguagesAndCondition() {
        CliRun run = CliRun.of("templates", "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("clause").containsPattern("(?m)^risks +" + builtInVersion("risks") + " +nb, en +when risks$")
                .containsPattern("(?m)^vision +3 +nb, en +always$");
    }

    @Test
    void listMarksTheClausesAPackDirectoryChanges() throws IOException {
        Files.createDirectories(directory.resolve("clauses"));
        Files.writeString(directory.resolve("clauses/vision.nb.md.ftl"), "## Visjon {#vision}\n\n<@text vision/>\n");

        CliRun run = CliRun.of("templates", "list", "--templates", directory.toString());

        assertThat(run.out()).containsPattern("(?m)^vision \\* +3 ").containsPattern("(?m)^purpose +3 ");
    }

    @Test
    void showPrintsTheClauseAndItsTemplates() {
        CliRun run = CliRun.of("templates", "show", "health-check");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("clause:     health-check", "version:    " + builtInVersion("health-check"), "included:   always",
                "--- built-in clauses/health-check.nb.md.ftl", "--- built-in clauses/health-check.en.md.ftl");
    }

    @Test
    void showOfAnUnknownClauseIsAUsageError() {
        CliRun run = CliRun.of("templates", "show", "visjon");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no clause \"visjon\"");
    }

    @Test
    void exportRefusesADirectoryWithFilesUnlessForced() throws IOException {
        Files.writeString(directory.resolve("own.md"), "mine");

        assertThat(CliRun.of("templates", "export", directory.toString()).exitCode()).isEqualTo(3);
        assertThat(CliRun.of("templates", "export", directory.toString(), "--force").exitCode()).isZero();
        assertThat(directory.resolve("pack.yaml")).exists();
        assertThat(directory.resolve("own.md")).hasContent("mine");
    }

    /** The version the built-in pack gives a clause: raised whenever the clause's meaning changes. */
    private static int builtInVersion(String clause) {
        return no.samspill.templates.FreemarkerTemplatePack.builtIn().clause(clause).orElseThrow().version();
    }

    static List<String> examples() {
        return no.samspill.templates.PackCheck.BUNDLED_EXAMPLES.stream().map(name -> name + ".yaml").toList();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theExportedPackGivesByteIdenticalDocumentsToTheBuiltInPack(String example) throws IOException {
        Path pack = directory.resolve("pack");
        assertThat(CliRun.of("templates", "export", pack.toString()).exitCode()).isZero();
        Path description = pack.resolve("examples").resolve(example);
        Path builtIn = directory.resolve("built-in.docx");
        Path exported = directory.resolve("exported.docx");

        assertThat(CliRun.of("generate", description.toString(), "-o", builtIn.toString()).exitCode()).isZero();
        assertThat(CliRun.of("generate", description.toString(), "--templates", pack.toString(), "-o", exported.toString())
                .exitCode()).isZero();

        assertThat(Files.size(builtIn)).isGreaterThan(1000);
        assertThat(Files.mismatch(builtIn, exported)).isEqualTo(-1L);
    }
}

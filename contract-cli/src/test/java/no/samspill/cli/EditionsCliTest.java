package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lang} and {@code --parallel}: which editions a run writes, and when it refuses. */
class EditionsCliTest {

    private static final String NORWEGIAN_ONLY = "drift-ssa-d.yaml";

    @TempDir
    Path dir;

    @Test
    void anEditionInALanguageTheTextsLackListsEveryTextAtItsLineAndWritesNothing() throws IOException {
        Path file = Examples.copy(NORWEGIAN_ONLY, dir);
        int titleLine = lineOf(file, "  title:");

        CliRun run = CliRun.of("generate", file.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(file + ":" + titleLine + ":10: contract.title: no English (en) text")
                .contains(": vision: no English (en) text")
                .contains(": objectives[0].title: no English (en) text")
                .doesNotContain("parties.customer.name")
                .contains("no document was written.");
        assertThat(files()).containsExactly(file);
    }

    @Test
    void aRefusedEditionLeavesNoOtherEditionOfTheSameDescriptionBehind() throws IOException {
        Path file = Examples.copy(NORWEGIAN_ONLY, dir);

        CliRun run = CliRun.of("generate", file.toString(), "--lang", "nb,en");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(files()).containsExactly(file);
    }

    @Test
    void theDescriptionsOwnLanguageNeedsNoTranslation() throws IOException {
        Path file = Examples.copy(NORWEGIAN_ONLY, dir);

        CliRun run = CliRun.of("generate", file.toString(), "--lang", "nb");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(files()).contains(dir.resolve("drift-ssa-d.docx"));
    }

    @Test
    void validateChecksTheEditionsAskedFor() throws IOException {
        Path file = Examples.copy(NORWEGIAN_ONLY, dir);

        assertThat(CliRun.of("validate", file.toString()).exitCode()).isZero();
        CliRun english = CliRun.of("validate", file.toString(), "--lang", "en");
        assertThat(english.exitCode()).isEqualTo(1);
        assertThat(english.err()).contains("contract.title: no English (en) text");
        CliRun parallel = CliRun.of("validate", file.toString(), "--parallel");
        assertThat(parallel.exitCode()).isEqualTo(1);
        assertThat(parallel.err()).contains("contract.title: no English (en) text");
    }

    @Test
    void severalEditionsWriteOneDocumentEachWithTheLanguageInTheName() throws IOException {
        Path file = Files.writeString(dir.resolve("avtale.yaml"), Bilingual.description());
        Path out = Files.createDirectory(dir.resolve("out"));

        CliRun run = CliRun.of("generate", file.toString(), "--lang", "nb,en", "--parallel", "-d", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String name : new String[] {"avtale.nb.docx", "avtale.en.docx", "avtale.nb-en.docx"}) {
            assertThat(run.out()).contains("Wrote " + out.resolve(name));
            assertThat(Files.readAllBytes(out.resolve(name))).startsWith('P', 'K');
        }
        String nb = DocxText.of(out.resolve("avtale.nb.docx"));
        String en = DocxText.of(out.resolve("avtale.en.docx"));
        assertThat(nb).contains("Styringsgruppen skal").doesNotContain("the Steering Group");
        assertThat(en).contains("the Steering Group").doesNotContain("styringsgruppen");
    }

    @Test
    void theReadmesThreeEditionsOfTheBilingualExample() throws IOException {
        Path file = Examples.copy(Examples.EHELSE, dir);
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("generate", file.toString(), "--lang", "nb,en", "--parallel", "-d", out.toString(), "--force");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(DocxText.of(out.resolve("ehelse-ssa-l.en.docx"))).contains("Collaboration Agreement on a New Electronic");
        String parallel = DocxText.of(out.resolve("ehelse-ssa-l.nb-en.docx"));
        assertThat(parallel).contains("Samarbeidsavtale om ny journalløsning", "Collaboration Agreement on a New Electronic",
                "UTKAST / DRAFT");
    }

    @Test
    void oneEditionKeepsTheNameItWouldHaveHad() throws IOException {
        Path file = Files.writeString(dir.resolve("avtale.yaml"), Bilingual.description());

        CliRun run = CliRun.of("generate", file.toString(), "--lang", "en", "-o", dir.resolve("agreement.docx").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("agreement.docx")).exists();
    }

    @Test
    void twoEditionsWithOneOutputNameTakeTheLanguageBeforeTheExtension() throws IOException {
        Path file = Files.writeString(dir.resolve("avtale.yaml"), Bilingual.description());

        CliRun run = CliRun.of("generate", file.toString(), "--lang", "en", "--parallel",
                "-o", dir.resolve("agreement.docx").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("agreement.en.docx")).exists();
        assertThat(dir.resolve("agreement.nb-en.docx")).exists();
        assertThat(dir.resolve("agreement.docx")).doesNotExist();
    }

    @Test
    void aTextWhoseTranslationHasOtherParagraphsCannotStandInTheParallelEdition() throws IOException {
        String yaml = Bilingual.description().replace("""
                  en: |
                    Together we shall give clinicians a record they trust.
                """, """
                  en: |
                    Together we shall give clinicians a record they trust.

                    And a second paragraph the Norwegian does not have.
                """);
        Path file = Files.writeString(dir.resolve("avtale.yaml"), yaml);

        CliRun run = CliRun.of("generate", file.toString(), "--parallel");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(": vision: the nb and en texts must have the same paragraphs and lists")
                .contains("the nb text has a paragraph, the en text 2 paragraphs");
        assertThat(CliRun.of("generate", file.toString(), "--lang", "en").exitCode())
                .as("a single edition sets nothing side by side").isZero();
    }

    private Stream<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream();
        }
    }

    private static int lineOf(Path file, String prefix) throws IOException {
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError(prefix + " is not in " + file);
    }
}

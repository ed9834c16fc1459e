package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A firm's pack (the exported built-in pack, one example and its snapshots), broken one way at a time. */
class PackCheckTest {

    @TempDir
    Path pack;

    @BeforeEach
    void exportTheBuiltInPackWithOneExampleAndItsSnapshots() throws IOException {
        FreemarkerTemplatePack.exportBuiltIn(pack);
        Files.createDirectories(pack.resolve("examples"));
        Files.copy(Path.of("examples/ehelse-ssa-l.yaml"), pack.resolve("examples/ehelse-ssa-l.yaml"));
        Files.createDirectories(pack.resolve("golden"));
        for (String snapshot : List.of("ehelse-ssa-l.nb.txt", "ehelse-ssa-l.en.txt")) {
            Files.copy(Path.of("golden").resolve(snapshot), pack.resolve("golden").resolve(snapshot));
        }
    }

    @Test
    void theExportedPackWithItsExampleAndSnapshotsPasses() {
        CheckReport report = PackCheck.directory(pack).run();

        assertThat(report.failures()).isEmpty();
        assertThat(report.cases()).filteredOn(c -> c.check().equals("templates")).extracting(CheckCase::name)
                .contains("vision (nb)", "vision (en)", "amendments (en)");
    }

    @Test
    void aParagraphOnlyOneLanguageHasFailsAsLanguagesThatCannotStandSideBySide() throws IOException {
        edit("clauses/vision.en.md.ftl", text -> text + "\nThe vision is reviewed every year.\n");

        List<CheckFailure> failures = PackCheck.directory(pack).run().failures();

        assertThat(failures).filteredOn(f -> f.check().equals("parity")).isNotEmpty().allSatisfy(f ->
                assertThat(f.message()).contains("the nb and en editions differ, so they cannot stand side by side")
                        .contains("\"Felles visjon\"").contains("paragraph"));
        assertThat(failures).filteredOn(f -> f.check().equals("parity") && f.file().endsWith("ehelse-ssa-l.yaml"))
                .as("the example's two editions are compared too").isNotEmpty();
    }

    @Test
    void aTemplateThatDoesNotParseFailsAtItsFileAndLine() throws IOException {
        edit("clauses/vision.en.md.ftl", text -> text + "\n<#if vision>\nno end\n");

        List<CheckFailure> failures = PackCheck.directory(pack).run().failures();

        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo("templates");
            assertThat(f.file()).isEqualTo("clauses/vision.en.md.ftl");
            assertThat(f.line()).isGreaterThan(1);
            assertThat(f.message()).contains("cannot be read");
        });
    }

    @Test
    void anUnknownVariableFailsAtItsFileAndLineWithTheDescriptionThatShowedIt() throws IOException {
        edit("clauses/purpose.nb.md.ftl", text -> "${contract.tittel}\n\n" + text);

        List<CheckFailure> failures = PackCheck.directory(pack).run().failures();

        assertThat(failures).isNotEmpty().allSatisfy(f -> {
            assertThat(f.file()).isEqualTo("clauses/purpose.nb.md.ftl");
            assertThat(f.line()).isEqualTo(1);
        });
        assertThat(failures).extracting(CheckFailure::check).contains("templates", "examples");
        assertThat(failures.get(0).message()).contains("tittel").contains("maximal description in nb");
    }

    @Test
    void aMissingTranslationFailsAtTheClauseLineOfPackYaml() throws IOException {
        // A clause of the firm's own, so that the built-in pack has no English text to stand in.
        edit("pack.yaml", text -> text.replace("id: risks,", "id: own-risks,"));
        Files.move(pack.resolve("clauses/risks.nb.md.ftl"), pack.resolve("clauses/own-risks.nb.md.ftl"));
        Files.delete(pack.resolve("clauses/risks.en.md.ftl"));

        List<CheckFailure> failures = PackCheck.directory(pack).run().failures();

        int line = lineOf(pack.resolve("pack.yaml"), "id: own-risks,");
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo("parity");
            assertThat(f.location()).isEqualTo("pack.yaml:" + line);
            assertThat(f.message()).isEqualTo("the clause own-risks has no text in the language en: "
                    + "clauses/own-risks.en.md.ftl is missing");
        });
    }

    @Test
    void anAnchorMissingInOneLanguageFailsAtTheLineOfTheAnchorInTheOther() throws IOException {
        edit("clauses/exit.en.md.ftl", text -> text.replace("{#exit}", ""));

        List<CheckFailure> failures = PackCheck.directory(pack).run().failures();

        assertThat(failures).filteredOn(f -> f.check().equals("parity")).isNotEmpty().allSatisfy(f -> {
            assertThat(f.file()).isEqualTo("clauses/exit.nb.md.ftl");
            assertThat(f.line()).isEqualTo(lineOf(pack.resolve("clauses/exit.nb.md.ftl"), "{#exit}"));
            assertThat(f.message()).isEqualTo("the anchor #exit has no counterpart in clauses/exit.en.md.ftl");
        });
    }

    @Test
    void aChangedClauseWithoutANewVersionFailsAtItsLineInPackYamlAndShowsTheDiff() throws IOException {
        edit("clauses/vision.nb.md.ftl", text -> text.replace("Visjonen angir retningen", "Visjonen viser retningen"));

        CheckReport report = PackCheck.directory(pack).run();

        int line = lineOf(pack.resolve("pack.yaml"), "id: vision,");
        assertThat(report.failures()).filteredOn(f -> f.check().equals("versions")).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("pack.yaml:" + line);
            assertThat(f.message()).startsWith("clause vision changed (see the diff of ")
                    .endsWith("but its version is still 3 in pack.yaml:" + line + "; raise it to 4");
        });
        CheckFailure golden = report.failures().stream().filter(f -> f.check().equals("golden")).findFirst().orElseThrow();
        assertThat(golden.file()).endsWith("ehelse-ssa-l.nb.txt");
        assertThat(golden.message()).contains("clause vision (nb)", "@@ ", "\n-Visjonen angir retningen",
                "\n+Visjonen viser retningen");
    }

    @Test
    void aChangedClauseWithANewVersionNeedsOnlyTheSnapshotUpdatedAndUpdateWritesIt() throws IOException {
        edit("clauses/vision.nb.md.ftl", text -> text.replace("Visjonen angir retningen", "Visjonen viser retningen"));
        edit("pack.yaml", text -> text.replace("{ id: vision, version: 3 }", "{ id: vision, version: 4 }"));

        assertThat(PackCheck.directory(pack).run().failures()).extracting(CheckFailure::check).containsOnly("golden");
        CheckReport updated = PackCheck.directory(pack).withUpdate(true).run();

        assertThat(updated.failures()).isEmpty();
        assertThat(updated.updated()).containsExactly(pack.resolve("golden/ehelse-ssa-l.nb.txt").toString());
        assertThat(Files.readString(pack.resolve("golden/ehelse-ssa-l.nb.txt"))).contains("## clause vision@4 (nb)")
                .contains("Visjonen viser retningen");
        assertThat(PackCheck.directory(pack).run().failures()).isEmpty();
    }

    @Test
    void updateDoesNotRewriteASnapshotWhoseClauseChangedWithoutANewVersion() throws IOException {
        edit("clauses/vision.nb.md.ftl", text -> text.replace("Visjonen angir retningen", "Visjonen viser retningen"));
        String before = Files.readString(pack.resolve("golden/ehelse-ssa-l.nb.txt"));

        CheckReport report = PackCheck.directory(pack).withUpdate(true).run();

        assertThat(report.failures()).extracting(CheckFailure::check).contains("versions", "golden");
        assertThat(report.updated()).isEmpty();
        assertThat(Files.readString(pack.resolve("golden/ehelse-ssa-l.nb.txt"))).isEqualTo(before);
    }

    @Test
    void aChangedGoldenTextFailsAtTheSnapshotLineOfTheFirstDifference() throws IOException {
        Path snapshot = pack.resolve("golden/ehelse-ssa-l.en.txt");
        int line = lineOf(snapshot, "The vision sets the direction");
        edit("golden/ehelse-ssa-l.en.txt", text -> text.replace("The vision sets the direction", "The vision gives the direction"));

        List<CheckFailure> failures = PackCheck.directory(pack).run().failures();

        // The clause's files are unchanged (same fingerprint), so no new version is asked for.
        assertThat(failures).extracting(CheckFailure::check).containsExactly("golden");
        assertThat(failures.get(0)).satisfies(f -> {
            assertThat(f.location()).isEqualTo(snapshot + ":" + line);
            assertThat(f.message()).startsWith("the text of the clause vision (en) differs from the snapshot")
                    .contains("\n-The vision gives the direction", "\n+The vision sets the direction");
        });
    }

    @Test
    void aChangedExampleNeedsANewSnapshotButNoNewVersionAndUpdateWritesIt() throws IOException {
        edit("examples/ehelse-ssa-l.yaml", text -> text.replace("title: { nb: Rapportering, en: Reporting }", "title: { nb: Rapportering og måling, en: Reporting and measurement }"));

        List<CheckFailure> failures = PackCheck.directory(pack).run().failures();

        assertThat(failures).extracting(CheckFailure::check).containsOnly("golden");
        assertThat(failures).hasSize(2);
        assertThat(PackCheck.directory(pack).withUpdate(true).run().failures()).isEmpty();
        assertThat(PackCheck.directory(pack).run().failures()).isEmpty();
    }

    @Test
    void updateRefreshesTheFingerprintsWhenASharedFileChangedButNoText() throws IOException {
        edit("labels.nb.properties", text -> text + "\nunused.note=Ikke brukt\n");
        edit("labels.en.properties", text -> text + "\nunused.note=Not used\n");

        assertThat(PackCheck.directory(pack).run().failures()).isEmpty();
        assertThat(PackCheck.directory(pack).withUpdate(true).run().updated()).isNotEmpty();
        edit("examples/ehelse-ssa-l.yaml", text -> text.replace("title: { nb: Rapportering, en: Reporting }", "title: { nb: Rapportering og måling, en: Reporting and measurement }"));

        assertThat(PackCheck.directory(pack).run().failures()).extracting(CheckFailure::check).containsOnly("golden");
    }

    @Test
    void aClauseTemplateMissingFromTheClauseListFailsAsAnIncompleteOrder() throws IOException {
        Files.writeString(pack.resolve("clauses/warranty.nb.md.ftl"), "## Garanti {#warranty}\n");

        assertThat(PackCheck.directory(pack).run().failures()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo("manifest");
            assertThat(f.location()).isEqualTo("clauses/warranty.nb.md.ftl:1");
        });
    }

    @Test
    void aConditionOnAFieldThatDoesNotExistFailsAtItsLineInPackYaml() throws IOException {
        edit("pack.yaml", text -> text.replace("when: risks }", "when: risk }"));

        assertThat(PackCheck.directory(pack).run().failures()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo("manifest");
            assertThat(f.location()).isEqualTo("pack.yaml:" + lineOf(pack.resolve("pack.yaml"), "when: risk }"));
        });
    }

    private void edit(String file, java.util.function.UnaryOperator<String> change) throws IOException {
        Path path = pack.resolve(file);
        String before = Files.readString(path, StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertThat(after).as("the edit of %s changes it", file).isNotEqualTo(before);
        Files.writeString(path, after, StandardCharsets.UTF_8);
    }

    private static int lineOf(Path file, String needle) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " is not in " + file);
    }
}

package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheDocumentBesideTheDescriptionAndSaysWhere() throws IOException {
        Path file = Examples.copy(Examples.EHELSE, dir);

        CliRun run = CliRun.of("generate", file.toString());

        Path docx = dir.resolve("ehelse-ssa-l.docx");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote " + docx);
        assertThat(Files.readAllBytes(docx)).startsWith('P', 'K');
    }

    @Test
    void refusesToOverwriteWithoutForceAndKeepsTheExistingFile() throws IOException {
        Path file = Examples.copy(Examples.EHELSE, dir);
        Path out = Files.writeString(dir.resolve("edited.docx"), "a lawyer's edits");

        CliRun refused = CliRun.of("generate", file.toString(), "-o", out.toString());

        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(out)).isEqualTo("a lawyer's edits");

        CliRun forced = CliRun.of("generate", file.toString(), "-o", out.toString(), "--force");

        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readAllBytes(out)).startsWith('P', 'K');
    }

    @Test
    void anInvalidDescriptionWritesNothingAndPrintsTheProblems() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yaml"), "samspill: 1\ncontract: {}\n");

        CliRun run = CliRun.of("generate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("bad.yaml:2:").contains("no document was written.");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void theSameDescriptionGivesTheSameBytes() throws IOException {
        Path file = Examples.copy(Examples.EHELSE, dir);

        CliRun.of("generate", file.toString(), "-o", dir.resolve("a.docx").toString());
        CliRun.of("generate", file.toString(), "-o", dir.resolve("b.docx").toString());

        assertThat(Files.readAllBytes(dir.resolve("a.docx"))).isEqualTo(Files.readAllBytes(dir.resolve("b.docx")));
    }

    @Test
    void manyFilesGoToOneDirectoryAndOneBadFileStopsNoneOfTheOthers() throws IOException {
        Path good = Examples.copy(Examples.EHELSE, dir);
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "samspill: 1\n");
        Path missing = dir.resolve("missing.yaml");
        Path outDir = dir.resolve("out");

        CliRun run = CliRun.of("generate", bad.toString(), missing.toString(), good.toString(), "-d", outDir.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err())
                .contains("[1/3] " + bad)
                .contains("[3/3] " + good)
                .contains(bad + ":1:1: ")
                .contains(missing + ": no such file");
        assertThat(run.out()).contains("Wrote " + outDir.resolve("ehelse-ssa-l.docx"))
                .contains("1 written, 1 invalid, 1 failed");
        try (Stream<Path> files = Files.list(outDir)) {
            assertThat(files).containsExactly(outDir.resolve("ehelse-ssa-l.docx"));
        }
    }

    @Test
    void aDirectoryStandsForEveryDescriptionInIt() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Examples.copy(Examples.EHELSE, in);
        Files.writeString(in.resolve("copy.yml"), Examples.text(Examples.EHELSE));
        Files.writeString(in.resolve("notes.txt"), "not a description");

        CliRun run = CliRun.of("generate", in.toString(), "-d", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 written, 0 invalid, 0 failed");
        assertThat(dir.resolve("out/copy.docx")).exists();
        assertThat(dir.resolve("out/ehelse-ssa-l.docx")).exists();
    }

    @Test
    void oneOutputFileForSeveralDescriptionsIsAUsageError() throws IOException {
        Path a = Examples.copy(Examples.EHELSE, dir);
        Path b = Files.writeString(dir.resolve("b.yaml"), Examples.text(Examples.EHELSE));

        CliRun run = CliRun.of("generate", a.toString(), b.toString(), "-o", dir.resolve("x.docx").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("use -d OUTDIR");
        assertThat(dir.resolve("x.docx")).doesNotExist();
    }

    @Test
    void aUsersTemplateDirectoryReplacesAClause() throws IOException {
        Path file = Examples.copy(Examples.EHELSE, dir);
        Path pack = Files.createDirectories(dir.resolve("pack/clauses"));
        Files.writeString(pack.resolve("vision.nb.md.ftl"), "## Vår visjon {#vision}\n\nFirmaets egen visjonsklausul.\n");
        Files.writeString(pack.resolve("vision.en.md.ftl"), "## Our vision {#vision}\n\nThe firm's own vision clause.\n");

        CliRun run = CliRun.of("generate", file.toString(), "--templates", dir.resolve("pack").toString(),
                "-o", dir.resolve("own.docx").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String documentXml = DocxText.documentXml(dir.resolve("own.docx"));
        assertThat(documentXml).contains("Firmaets egen visjonsklausul.").contains("Vår visjon");
    }

    @Test
    void aBrokenTemplateIsOneLineNamingTheTemplateAndLineAndExitThree() throws IOException {
        Path file = Examples.copy(Examples.EHELSE, dir);
        Path pack = Files.createDirectories(dir.resolve("pack/clauses"));
        Files.writeString(pack.resolve("vision.nb.md.ftl"), "## Visjon {#vision}\n\n${no.such.value}\n");
        Files.writeString(pack.resolve("vision.en.md.ftl"), "## Vision {#vision}\n\nText.\n");

        CliRun run = CliRun.of("generate", file.toString(), "--templates", dir.resolve("pack").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("vision.nb.md.ftl:3").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dir.resolve("ehelse-ssa-l.docx")).doesNotExist();
    }
}

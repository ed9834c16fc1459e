package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
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
        // Not a terminal: each file has its own lines, and there is no progress line besides.
        assertThat(run.err()).doesNotContain("[1/3]").doesNotContain("\r")
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

    @Test
    void aDocumentGetsThePermissionsTheUmaskGivesAndAReplacedOneKeepsItsOwn() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "no POSIX permissions here");
        Path file = Examples.copy(Examples.EHELSE, dir);
        Set<PosixFilePermission> umaskGives = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
        Path kept = Files.writeString(dir.resolve("kept.docx"), "a lawyer's edits");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));

        CliRun fresh = CliRun.of("generate", file.toString());
        CliRun forced = CliRun.of("generate", file.toString(), "-o", kept.toString(), "--force");

        assertThat(fresh.exitCode()).as(fresh.err()).isZero();
        assertThat(Files.getPosixFilePermissions(dir.resolve("ehelse-ssa-l.docx"))).isEqualTo(umaskGives);
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readAllBytes(kept)).startsWith('P', 'K');
        assertThat(Files.getPosixFilePermissions(kept)).isEqualTo(PosixFilePermissions.fromString("rw-rw----"));
    }

    @Test
    void dashReadsTheDescriptionFromStandardInputAndWritesTheDocumentToStandardOutput() throws IOException {
        Path file = Examples.copy(Examples.EHELSE, dir);
        CliRun.of("generate", file.toString(), "-o", dir.resolve("expected.docx").toString());

        CliRun run = CliRun.withInput(Examples.text(Examples.EHELSE), "generate", "-", "-o", "-");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outBytes()).isEqualTo(Files.readAllBytes(dir.resolve("expected.docx")));
        assertThat(run.err()).doesNotContain("Wrote");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void standardInputNeedsAnOutputNameAndItsProblemsAreNamedStdin() {
        CliRun unnamed = CliRun.withInput(Examples.text(Examples.EHELSE), "generate", "-");
        CliRun broken = CliRun.withInput("samspill: 1\ncontract: {}\n", "generate", "-", "-o", "-");

        assertThat(unnamed.exitCode()).isEqualTo(2);
        assertThat(unnamed.err()).contains("- (standard input) has no name").contains("-o OUT");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err()).startsWith("<stdin>:1:1: ").contains("<stdin>:2:11: contract.title: ");
        assertThat(broken.outBytes()).isEmpty();
    }

    @Test
    void standardOutputTakesOneEditionOnly() {
        CliRun run = CliRun.withInput(Examples.text(Examples.EHELSE), "generate", "-", "-o", "-", "--lang", "nb,en");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("-o - writes one document to standard output");
        assertThat(run.outBytes()).isEmpty();
    }

    @Test
    void anOutputNotNamedDocxIsAUsageErrorAndNothingIsWritten() throws IOException {
        Path file = Examples.copy(Examples.EHELSE, dir);

        CliRun pdf = CliRun.of("generate", file.toString(), "-o", dir.resolve("avtale.pdf").toString());
        CliRun txt = CliRun.of("generate", file.toString(), "-o", dir.resolve("avtale.txt").toString());
        CliRun upper = CliRun.of("generate", file.toString(), "-o", dir.resolve("AVTALE.DOCX").toString());

        assertThat(pdf.exitCode()).isEqualTo(2);
        assertThat(pdf.err()).contains(dir.resolve("avtale.pdf") + ": a Word document (DOCX) is written here, "
                + "so the name must end in .docx").contains("nothing was written");
        assertThat(txt.exitCode()).isEqualTo(2);
        assertThat(dir.resolve("avtale.pdf")).doesNotExist();
        assertThat(dir.resolve("avtale.txt")).doesNotExist();
        assertThat(upper.exitCode()).as(upper.err()).isZero();
    }

    @Test
    void quietLeavesOnlyProblemsAndFailures() throws IOException {
        Path good = Examples.copy(Examples.EHELSE, dir);
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "samspill: 1\n");

        CliRun run = CliRun.of("generate", "-q", good.toString(), bad.toString(), "-d", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(bad + ":1:1: ");
        assertThat(dir.resolve("out/ehelse-ssa-l.docx")).exists();
    }

    @Test
    void aUsageErrorIsOneLineAndAHintNotTheWholeHelp() {
        CliRun run = CliRun.of("generate", "--frce", "x.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("samspill: unknown option: '--frce'" + System.lineSeparator()
                + "Try 'samspill generate --help' for more information." + System.lineSeparator());
    }
}

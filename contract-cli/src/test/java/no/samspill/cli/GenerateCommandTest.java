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
}

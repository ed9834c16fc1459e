package no.samspill.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import no.samspill.ContractGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ContractGenerator#generate(Path, Path, boolean)} keeps the command line's rules for what
 * it may write to, and its failures name the output.
 */
class FaultsApiTest {

    private static final ContractGenerator GENERATOR = ContractGenerator.create();

    @TempDir
    Path dir;

    @Test
    void theDescriptionIsNeverReplacedByItsDocument() throws IOException {
        Path file = Examples.copy("ehelse-ssa-l.yaml", dir);
        String before = Files.readString(file);

        assertThatThrownBy(() -> GENERATOR.generate(file, file, true))
                .isInstanceOf(UncheckedIOException.class)
                .cause().isInstanceOf(FileSystemException.class)
                .hasMessage(file + ": is the description being generated; write the document to another file");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void aDirectoryOrASymbolicLinkToAFileIsRefusedNamingTheOutput() throws IOException {
        Path file = Examples.copy("ehelse-ssa-l.yaml", dir);
        Path directory = Files.createDirectory(dir.resolve("out.docx"));
        Path edited = Files.writeString(dir.resolve("edited.docx"), "a lawyer's edits");
        Path link = Files.createSymbolicLink(dir.resolve("link.docx"), edited);

        assertThatThrownBy(() -> GENERATOR.generate(file, directory, true))
                .cause().isInstanceOf(FileSystemException.class)
                .satisfies(e -> assertThat(((FileSystemException) e).getFile()).isEqualTo(directory.toString()))
                .hasMessageContaining("is a directory");
        assertThatThrownBy(() -> GENERATOR.generate(file, link, true))
                .cause().isInstanceOf(FileSystemException.class)
                .satisfies(e -> assertThat(((FileSystemException) e).getFile()).isEqualTo(link.toString()))
                .hasMessageContaining("is a symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(edited)).isEqualTo("a lawyer's edits");
    }

    @Test
    void aDeviceIsWrittenToWithoutOverwriteAndAFullOneNamesItself() {
        Path file = Examples.copy("ehelse-ssa-l.yaml", dir);
        assumeThat(Files.exists(Path.of("/dev/full"))).as("/dev/full (Linux)").isTrue();

        assertThat(GENERATOR.generate(file, Path.of("/dev/null"), false).isValid()).isTrue();
        assertThatThrownBy(() -> GENERATOR.generate(file, Path.of("/dev/full"), false))
                .isInstanceOf(UncheckedIOException.class)
                .cause().isInstanceOf(FileSystemException.class)
                .hasMessage("/dev/full: No space left on device");
        assertThat(Files.isRegularFile(Path.of("/dev/full"))).isFalse();
    }

    @Test
    void aStaleTemporaryFileForTheOutputIsCleared() throws IOException {
        Path file = Examples.copy("ehelse-ssa-l.yaml", dir);
        Path stale = Files.createFile(dir.resolve(".contract.docx.5550123.part"));
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofMinutes(30))));

        GENERATOR.generate(file, dir.resolve("contract.docx"), false);

        assertThat(stale).doesNotExist();
        assertThat(dir.resolve("contract.docx")).exists();
    }
}

package no.samspill.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void noTemporaryFileExistsWhileTheContentIsBeingMade() throws IOException {
        Path target = dir.resolve("a.docx");

        AtomicFiles.write(target, false, out -> {
            // A kill -9 now, while the document is still being rendered, must leave nothing behind.
            assertThat(listing()).isEmpty();
            out.write("content".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(Files.readString(target)).isEqualTo("content");
        assertThat(listing()).containsExactly(target);
    }

    @Test
    void contentThatFailsCreatesNoFileAtAll() throws IOException {
        Path target = dir.resolve("a.docx");

        assertThatThrownBy(() -> AtomicFiles.write(target, false, out -> {
            out.write(1);
            throw new IOException("rendering failed");
        })).hasMessage("rendering failed");

        assertThat(listing()).isEmpty();
    }

    @Test
    void aNewFileGetsWhatTheUmaskGivesANewFileNotTheModeOfATemporaryFile() throws IOException {
        assumePosix();
        Set<PosixFilePermission> umaskGives = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
        Path target = dir.resolve("a.docx");
        Path linked = dir.resolve("b.docx");

        AtomicFiles.write(target, true, "content".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(linked, false, "content".getBytes(StandardCharsets.UTF_8));

        assertThat(umaskGives).as("a umask that leaves the owner only would prove nothing")
                .isNotEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(umaskGives);
        assertThat(Files.getPosixFilePermissions(linked)).isEqualTo(umaskGives);
    }

    @Test
    void aReplacedFileKeepsItsOwnPermissions() throws IOException {
        assumePosix();
        Path target = Files.writeString(dir.resolve("a.docx"), "a lawyer's edits");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFiles.write(target, true, "content".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("content");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
    }

    private void assumePosix() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "the file system has no POSIX permissions");
    }

    private Stream<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList().stream();
        }
    }
}

package no.samspill.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private Stream<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList().stream();
        }
    }
}

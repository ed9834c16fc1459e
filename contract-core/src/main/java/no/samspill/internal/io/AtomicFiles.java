package no.samspill.internal.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a
 * partial one: content goes to a temporary file in the same directory, which is then moved
 * into place. A lawyer's edited draft is never replaced unless overwriting was asked for.
 */
public final class AtomicFiles {

    /** Writes the content of a file, given an output stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    /**
     * Writes {@code target} atomically.
     *
     * @throws FileAlreadyExistsException when the target exists and {@code overwrite} is false
     */
    public static void write(Path target, boolean overwrite, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (!overwrite && Files.exists(absolute)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            if (overwrite) {
                moveReplacing(temp, absolute);
            } else {
                // A hard link fails if the target appeared meanwhile, so a file created by
                // someone else between the check above and now is not clobbered.
                try {
                    Files.createLink(absolute, temp);
                } catch (UnsupportedOperationException | IOException e) {
                    if (e instanceof FileAlreadyExistsException) {
                        throw e;
                    }
                    Files.move(temp, absolute);
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void moveReplacing(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

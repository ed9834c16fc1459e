package no.samspill.internal.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a
 * partial one: content goes to a temporary file in the same directory, which is then moved
 * into place. A lawyer's edited draft is never replaced unless overwriting was asked for.
 *
 * <p>What may be written to:
 * <ul>
 *   <li>a missing path, or a regular file when overwriting was asked for: replaced atomically;
 *   <li>a device or a pipe ({@code /dev/null}, a FIFO, also through a symbolic link such as
 *       {@code /dev/stdout}): written to directly, as there is nothing to replace and no edits
 *       to keep;
 *   <li>a directory: refused;
 *   <li>a symbolic link to anything else: refused. Replacing it would drop the link and put a
 *       file in its place (as root, {@code /dev/stdout} itself was once replaced), and writing
 *       through it would replace a file the user did not name.
 * </ul>
 *
 * <p>Permissions: a new file gets what the user's umask gives any new file (as {@code cp} or an
 * editor would make it, commonly 0644), not the 0600 of a {@link Files#createTempFile} file. A
 * file replaced when overwriting was asked for keeps its own permissions, as editors keep them
 * when they save: a draft the lawyer made group-readable for a colleague stays readable.
 *
 * <p>Every failure is a {@link FileSystemException} that names the target, never our temporary
 * file, whose name means nothing to the user.
 */
public final class AtomicFiles {

    /**
     * Temporary files of ours older than this are left over from a process that was killed
     * between creating and moving them; younger ones may be another process's, writing the same
     * file right now. Writing takes milliseconds: the margin is generous.
     */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private static final String TEMP_SUFFIX = ".part";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Names tried for the temporary file before giving up; a clash is already rare at the first. */
    private static final int TEMP_ATTEMPTS = 16;

    /** Writes the content of a file, given an output stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    /**
     * Writes {@code target} atomically, the content rendered into memory first: a process killed
     * while the content is being made leaves nothing behind.
     *
     * @throws FileAlreadyExistsException when the target exists and {@code overwrite} is false
     * @throws FileSystemException naming the target, when it is a directory or a symbolic link,
     *     or cannot be written
     */
    public static void write(Path target, boolean overwrite, Content content) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        content.writeTo(buffer);
        write(target, overwrite, buffer.toByteArray());
    }

    /**
     * Writes {@code bytes} to {@code target} atomically; see the class comment for what may be
     * written to.
     *
     * @throws FileAlreadyExistsException when the target is a regular file and {@code overwrite}
     *     is false
     * @throws FileSystemException naming the target, when it is a directory or a symbolic link,
     *     or cannot be written
     */
    public static void write(Path target, boolean overwrite, byte[] bytes) throws IOException {
        String refusal = whyNotReplaceable(target);
        if (refusal != null) {
            throw new FileSystemException(target.toString(), null, refusal);
        }
        if (isDeviceOrPipe(target)) {
            writeDirectly(target, bytes);
            return;
        }
        if (!overwrite && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        // A file where a directory on the way should be: the system says only "Not a directory".
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new FileSystemException(target.toString(), null, existing + " is a file, not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw failure(target, e, "its directory could not be created");
        }
        clearStaleTemporaryFiles(dir, absolute.getFileName().toString());
        // Created only now that the bytes are ready: the window in which a kill leaves a
        // temporary file behind is the write and the move, not the rendering.
        Path temp;
        try {
            temp = createTemporary(dir, absolute.getFileName().toString());
        } catch (IOException e) {
            throw failure(target, e, "directory is not writable");
        }
        try {
            Files.write(temp, bytes);
            if (overwrite) {
                keepPermissions(absolute, temp);
                moveReplacing(temp, absolute);
            } else {
                // A hard link fails if the target appeared meanwhile, so a file created by
                // someone else between the check above and now is not clobbered.
                try {
                    Files.createLink(absolute, temp);
                } catch (UnsupportedOperationException | IOException e) {
                    if (e instanceof FileAlreadyExistsException) {
                        throw new FileAlreadyExistsException(target.toString());
                    }
                    Files.move(temp, absolute);
                }
            }
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw failure(target, e, "directory is not writable");
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // Left for the next write of this file to clear; the outcome above stands.
            }
        }
    }

    /**
     * An empty temporary file for {@code name} in {@code dir}, named {@code .NAME.<digits>.part}.
     * Made with {@link Files#createFile} and no attributes, so that the system gives it the mode
     * the umask gives a new file: the document that is linked or moved into place keeps it.
     */
    private static Path createTemporary(Path dir, String name) throws IOException {
        FileAlreadyExistsException clash = null;
        for (int attempt = 0; attempt < TEMP_ATTEMPTS; attempt++) {
            Path candidate = dir.resolve(temporaryPrefix(name) + Long.toUnsignedString(RANDOM.nextLong()) + TEMP_SUFFIX);
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                clash = e;
            }
        }
        throw clash;
    }

    /**
     * Gives {@code temp} the permissions of the regular file it is about to replace, so that
     * replacing a document does not change who may read it. Nothing to keep for a missing file,
     * or on a file system without POSIX permissions.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the new file has the system's default, as any new file there.
        }
    }

    /**
     * Why {@code target} must not be replaced whatever {@code overwrite} says, or null when it
     * may be: a directory, or a symbolic link to anything but a device or a pipe.
     */
    public static String whyNotReplaceable(Path target) {
        if (Files.isSymbolicLink(target) && !isDeviceOrPipe(target)) {
            return Files.isDirectory(target)
                    ? "is a symbolic link to a directory, not a document"
                    : "is a symbolic link; samspill replaces only regular files, so give the file it points to";
        }
        if (Files.isDirectory(target)) {
            return "is a directory, not a document";
        }
        return null;
    }

    /** Whether {@code target} is a device or a pipe (following links): written to, never replaced. */
    public static boolean isDeviceOrPipe(Path target) {
        try {
            return Files.readAttributes(target, BasicFileAttributes.class).isOther();
        } catch (IOException e) {
            return false;
        }
    }

    private static void writeDirectly(Path target, byte[] bytes) throws FileSystemException {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
            out.write(bytes);
        } catch (IOException e) {
            throw failure(target, e, null);
        }
    }

    /**
     * Removes temporary files of ours for {@code name} that a killed process left behind. Only
     * our own naming pattern ({@code .NAME.<digits>.part}), only for this name, only when stale.
     */
    private static void clearStaleTemporaryFiles(Path dir, String name) {
        String prefix = temporaryPrefix(name);
        FileTime before = FileTime.from(Instant.now().minus(STALE_AFTER));
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(dir, p -> isOurTemporary(p, prefix))) {
            for (Path candidate : candidates) {
                try {
                    BasicFileAttributes attributes =
                            Files.readAttributes(candidate, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isRegularFile() && attributes.lastModifiedTime().compareTo(before) < 0) {
                        Files.deleteIfExists(candidate);
                    }
                } catch (IOException e) {
                    // Someone else's to clear, or gone already: the write goes on regardless.
                }
            }
        } catch (IOException e) {
            // An unlistable directory fails the write itself, with a better message.
        }
    }

    private static boolean isOurTemporary(Path file, String prefix) {
        String fileName = file.getFileName().toString();
        if (!fileName.startsWith(prefix) || !fileName.endsWith(TEMP_SUFFIX)
                || fileName.length() <= prefix.length() + TEMP_SUFFIX.length()) {
            return false;
        }
        String random = fileName.substring(prefix.length(), fileName.length() - TEMP_SUFFIX.length());
        return random.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String temporaryPrefix(String name) {
        return "." + name + ".";
    }

    /**
     * The failure as the user should read it: naming the target. A denied or read-only
     * directory gets {@code whenDenied}; anything else keeps the system's reason ("No space left
     * on device").
     */
    private static FileSystemException failure(Path target, IOException e, String whenDenied) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        boolean readOnly = reason != null && reason.contains("Read-only file system");
        FileSystemException failure;
        if (e instanceof AccessDeniedException && whenDenied != null) {
            failure = new AccessDeniedException(target.toString(), null, whenDenied);
        } else if (readOnly && whenDenied != null) {
            failure = new AccessDeniedException(target.toString(), null, whenDenied + " (read-only file system)");
        } else if (e instanceof AccessDeniedException) {
            failure = new AccessDeniedException(target.toString(), null, "permission denied");
        } else if (e instanceof NoSuchFileException) {
            failure = new NoSuchFileException(target.toString(), null, "its directory disappeared while writing");
        } else {
            failure = new FileSystemException(target.toString(), null,
                    reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason);
        }
        failure.initCause(e);
        return failure;
    }

    private static void moveReplacing(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

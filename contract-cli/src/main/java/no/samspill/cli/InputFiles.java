package no.samspill.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks made before a description is read, so that the user gets one plain line. */
final class InputFiles {
    private InputFiles() {}

    /** Why {@code file} cannot be read as a description, or null when it can. */
    static String whyUnreadable(Path file) {
        if (!Files.exists(file)) {
            return file + ": no such file";
        }
        if (Files.isDirectory(file)) {
            return file + ": is a directory, not a description file";
        }
        if (!Files.isReadable(file)) {
            return file + ": permission denied";
        }
        return null;
    }
}

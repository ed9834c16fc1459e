package no.samspill.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard input, and standard output as bytes, for {@code -} as a file name: {@code validate -}
 * reads the description from standard input, {@code generate -o -} writes the DOCX bytes to
 * standard output. picocli hands a command only text writers, so the byte streams travel here.
 *
 * @param in standard input
 * @param out standard output as bytes; the text writer of the command line writes to the same
 *     stream, so it is flushed before any bytes are written
 * @param errIsTerminal whether standard error is a terminal, where progress can be redrawn
 */
record StandardStreams(InputStream in, OutputStream out, boolean errIsTerminal) {

    /** What names standard input or output on the command line, as in most Unix tools. */
    static final String DASH = "-";

    /** How a message names a description read from standard input. */
    static final String STDIN_NAME = "<stdin>";

    /** The process's own streams. */
    static StandardStreams system() {
        return new StandardStreams(System.in, System.out, stderrIsTerminal());
    }

    /** Whether {@code path} is {@code -}: standard input or output rather than a file. */
    static boolean isDash(Path path) {
        return path != null && path.toString().equals(DASH) && path.getNameCount() == 1;
    }

    /** Standard input, read whole as UTF-8: a description is read once, for every edition. */
    String readInput() {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("standard input could not be read: " + e.getMessage(), e));
        }
    }

    /** Writes {@code bytes} to standard output after what {@code text} holds, so that nothing is interleaved. */
    void write(PrintWriter text, byte[] bytes) throws IOException {
        text.flush();
        out.write(bytes);
        out.flush();
    }

    /**
     * Whether standard error is a terminal. {@link System#console()} answers for standard input
     * and output only, so {@code samspill generate *.yaml 2> log} would redraw a bar into the log;
     * where the system shows what file descriptor 2 is (Linux's /proc), that is asked as well.
     */
    private static boolean stderrIsTerminal() {
        if (System.console() == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        if (!Files.exists(fd)) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }
}

package no.samspill.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Shows how far a run over many files has come: a bar redrawn in place when standard error is a
 * terminal. Otherwise (a log, a CI job, a pipe) nothing is added: a redrawn line would fill a log
 * with carriage returns, and each file already has its own line ("Wrote ...", or its findings).
 * Nothing for a single file either, nor with --quiet.
 */
abstract class Progress {

    private static final int BAR_WIDTH = 30;

    static Progress create(PrintWriter err, int total, boolean terminal) {
        return total < 2 || !terminal ? new Silent() : new Bar(err, total);
    }

    /** A file is about to be processed. */
    abstract void starting(Path file);

    /** Prints a message without tearing the bar. */
    abstract void report(Runnable print);

    /** Every file is done. */
    abstract void done();

    private static final class Silent extends Progress {
        @Override
        void starting(Path file) {}

        @Override
        void report(Runnable print) {
            print.run();
        }

        @Override
        void done() {}
    }

    private static final class Bar extends Progress {
        private final PrintWriter err;
        private final int total;
        private int current;
        private String line = "";

        Bar(PrintWriter err, int total) {
            this.err = err;
            this.total = total;
        }

        @Override
        void starting(Path file) {
            current++;
            int filled = BAR_WIDTH * (current - 1) / total;
            line = "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + current + "/" + total + " "
                    + Messages.escape(String.valueOf(file.getFileName()));
            draw();
        }

        @Override
        void report(Runnable print) {
            clear();
            print.run();
            draw();
        }

        @Override
        void done() {
            clear();
        }

        private void draw() {
            err.print("\r" + line);
            err.flush();
        }

        private void clear() {
            err.print("\r" + " ".repeat(line.length()) + "\r");
            err.flush();
        }
    }
}

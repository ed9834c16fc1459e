package no.samspill.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Shows how far a run over many files has come: a bar redrawn in place on a terminal, plain
 * lines otherwise (a log or a CI job cannot show a redrawn line), nothing for a single file.
 */
abstract class Progress {

    private static final int BAR_WIDTH = 30;

    static Progress create(PrintWriter err, int total) {
        if (total < 2) {
            return new Silent();
        }
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return terminal ? new Bar(err, total) : new Lines(err, total);
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

    private static final class Lines extends Progress {
        private final PrintWriter err;
        private final int total;
        private int current;

        Lines(PrintWriter err, int total) {
            this.err = err;
            this.total = total;
        }

        @Override
        void starting(Path file) {
            current++;
            Messages.line(err, "[" + current + "/" + total + "] " + file);
            err.flush();
        }

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

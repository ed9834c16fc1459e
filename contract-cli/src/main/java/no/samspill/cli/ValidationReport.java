package no.samspill.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * What {@code samspill validate} found in every description it was given, in the order given:
 * the one value each report format is written from.
 *
 * @param strict whether the run was {@code --strict}, so that warnings stopped descriptions
 * @param files one outcome per description named on the command line
 */
record ValidationReport(boolean strict, List<FileOutcome> files) {

    ValidationReport {
        files = List.copyOf(files);
    }

    /** The worst outcome decides: a failure over an invalid description over a valid one. */
    int exitCode() {
        return files.stream().mapToInt(FileOutcome::exitCode).max().orElse(ExitCodes.OK);
    }

    /**
     * The text report: findings, their summary and failures on {@code err}, one line each, and
     * "FILE: valid" on {@code out}. The same writer for both gives the report as one text.
     */
    void printText(PrintWriter out, PrintWriter err) {
        files.forEach(file -> printText(file, out, err));
    }

    /** One description's part of the text report; generate prints the same for each description. */
    static void printText(FileOutcome file, PrintWriter out, PrintWriter err) {
        if (file.isFailure()) {
            Messages.error(err, file.failure());
            return;
        }
        printFindings(file, err);
        if (file.isValid()) {
            Messages.line(out, file.file() + ": valid" + file.validDetails());
        }
    }

    /** The listed findings, one line each, and the summary after them; nothing when none are listed. */
    static void printFindings(FileOutcome file, PrintWriter err) {
        // A finding quotes the description's keys and values: shown escaped, never obeyed.
        file.listed().forEach(problem -> Messages.line(err, problem.toString()));
        String summary = file.summary();
        if (summary != null) {
            err.println(summary);
        }
    }
}

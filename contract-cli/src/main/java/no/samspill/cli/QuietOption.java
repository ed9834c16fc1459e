package no.samspill.cli;

import picocli.CommandLine.Option;

/** {@code --quiet}: shared by the commands that say what they wrote, so that all mean the same by it. */
final class QuietOption {

    @Option(names = {"-q", "--quiet"},
            description = "Print only problems, warnings and failures: no line for each file written or found valid, "
                    + "no progress and no summary.")
    boolean quiet;
}

package no.samspill.cli;

import picocli.CommandLine.Option;

/** {@code --strict}: shared by validate and generate, so that both mean the same by it. */
final class StrictOption {

    @Option(names = "--strict",
            description = "Count every warning the description does not accept (under checks.accept) as a "
                    + "problem: it makes the description invalid, so nothing is written for it.")
    boolean strict;
}

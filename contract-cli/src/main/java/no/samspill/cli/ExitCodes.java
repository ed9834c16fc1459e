package no.samspill.cli;

/**
 * The exit codes of the samspill commands. Every command returns {@link #OK} for {@code --help}
 * and {@link #USAGE} for an unknown option; what else it returns, and when, its help says.
 */
final class ExitCodes {
    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;
    static final int FAILURE = 3;

    /** The heading of every command's list. */
    static final String HEADING = "%nExit codes:%n";

    /** The end of every list of failures: an unexpected failure is exit code 3 in every command. */
    static final String UNEXPECTED = "or samspill failed unexpectedly (one line on standard error)";

    private ExitCodes() {}
}

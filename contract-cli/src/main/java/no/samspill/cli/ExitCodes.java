package no.samspill.cli;

/** The exit codes of every samspill command, shown in {@code --help}. */
final class ExitCodes {
    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;
    static final int FAILURE = 3;

    private ExitCodes() {}
}

package no.samspill.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import no.samspill.ContractException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure while a command runs into one plain line and exit code 3. A stack trace
 * helps no lawyer; the message names the file, and for templates the template and line.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        report(commandLine.getErr(), ex);
        return ExitCodes.FAILURE;
    }

    /** Prints the failure as one line, with what a description put in it escaped. */
    static void report(PrintWriter err, Throwable ex) {
        Messages.error(err, describe(ex));
        err.flush();
    }

    static String describe(Throwable ex) {
        Throwable cause = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
        if (cause instanceof NoSuchFileException e && e.getReason() == null) {
            return e.getFile() + ": no such file";
        }
        if (cause instanceof AccessDeniedException e && e.getReason() == null) {
            return e.getFile() + ": permission denied";
        }
        if (cause instanceof FileAlreadyExistsException e) {
            return e.getFile() + " already exists and may hold edits; use --force to replace it, "
                    + "or -o to write elsewhere";
        }
        if (cause instanceof FileSystemException e && e.getFile() != null && e.getReason() != null) {
            return e.getFile() + ": " + e.getReason();
        }
        if (cause instanceof ContractException) {
            return cause.getMessage();
        }
        if (cause instanceof Error || isUnexpected(cause)) {
            return unexpected(cause);
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? unexpected(cause) : message;
    }

    /**
     * A failure that is samspill's fault, not the user's: said so in one line, with the kind of
     * failure for a bug report. {@code OutOfMemoryError} gets a hint, as it is the one a user can
     * do something about.
     */
    static String unexpected(Throwable cause) {
        String message = cause.getMessage();
        String detail = cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
        String hint = cause instanceof OutOfMemoryError
                ? "; give Java more memory (JAVA_TOOL_OPTIONS=-Xmx2g) or split the description"
                : "; please report it with the description that caused it";
        return "unexpected failure (" + detail + ")" + hint;
    }

    /** A RuntimeException that no part of samspill throws on purpose: a bug. */
    private static boolean isUnexpected(Throwable cause) {
        return cause instanceof NullPointerException
                || cause instanceof IllegalStateException
                || cause instanceof IndexOutOfBoundsException
                || cause instanceof ClassCastException
                || cause instanceof ArithmeticException;
    }
}

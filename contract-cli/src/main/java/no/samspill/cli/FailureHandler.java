package no.samspill.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
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
        commandLine.getErr().println("samspill: " + describe(ex));
        commandLine.getErr().flush();
        return ExitCodes.FAILURE;
    }

    static String describe(Throwable ex) {
        Throwable cause = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
        if (cause instanceof NoSuchFileException e) {
            return e.getFile() + ": no such file";
        }
        if (cause instanceof AccessDeniedException e) {
            return e.getFile() + ": permission denied";
        }
        if (cause instanceof FileAlreadyExistsException e) {
            return e.getFile() + " already exists and may hold edits; use --force to replace it, "
                    + "or -o to write elsewhere";
        }
        if (cause instanceof ContractException) {
            return cause.getMessage();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? "unexpected failure (" + cause.getClass().getSimpleName() + ")" : message;
    }
}

package no.samspill.cli;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error is one line naming the problem, picocli's suggestion when it has one ("Did you
 * mean: validate?"), and a line saying where the help is; exit code 2. The whole help after
 * every typo would push the line that matters off the screen.
 */
final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        Messages.error(err, sentence(ex.getMessage()));
        UnmatchedArgumentException.printSuggestions(ex, err);
        hint(command, err);
        return ExitCodes.USAGE;
    }

    /** A command run without the subcommand it needs: the same two lines, naming the subcommands. */
    static int missingSubcommand(CommandLine command) {
        PrintWriter err = command.getErr();
        Messages.error(err, "give a command: " + String.join(", ", command.getSubcommands().keySet()));
        hint(command, err);
        return ExitCodes.USAGE;
    }

    static void hint(CommandLine command, PrintWriter err) {
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
    }

    /** picocli's "Missing required parameter: 'FILE'" as samspill's messages read: lower case first. */
    private static String sentence(String message) {
        if (message == null || message.length() < 2 || !Character.isLowerCase(message.charAt(1))) {
            return String.valueOf(message);
        }
        return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
}

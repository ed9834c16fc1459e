package no.samspill.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;

/** {@code samspill completion}: a bash (and zsh) completion script, generated from the commands. */
@Command(
        name = "completion",
        header = "Print a bash completion script.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prints a bash completion script for samspill, generated from its commands and options; "
                + "it completes the SSA codes of init --base and the clause ids of templates show from the "
                + "built-in catalogue and pack. It also works in zsh after "
                + "autoload -U +X bashcompinit && bashcompinit.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {
            "0:The script was printed.",
            "2:Usage error: an unknown option or argument.",
            "3:The built-in catalogue or pack could not be read, " + ExitCodes.UNEXPECTED + "."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  source <(./samspill completion)",
            "  ./samspill completion > /etc/bash_completion.d/samspill"
        })
final class CompletionCommand extends BaseCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("samspill", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}

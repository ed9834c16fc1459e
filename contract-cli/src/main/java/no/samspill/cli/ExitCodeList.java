package no.samspill.cli;

import picocli.CommandLine.Command;

/** Mixed into every command so that each {@code --help} shows the same exit-code table. */
@Command(
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success: every description is valid, every document was written.",
            "1:A description is invalid; its problems are listed, nothing was written for it.",
            "2:Usage error: an unknown command or option, or a missing argument.",
            "3:A file could not be read or written, or a template failed."
        })
final class ExitCodeList {}

package no.samspill.cli;

import picocli.CommandLine.Command;

/** Mixed into every command so that each {@code --help} shows the same exit-code table. */
@Command(
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success: every description is valid, every document was written.",
            "1:A description is invalid; its problems are listed, nothing was written for it.",
            "2:Usage error: an unknown command or option, a missing argument, or outputs that would replace an input or each other (nothing is written).",
            "3:A file could not be read or written, a template failed, or samspill failed unexpectedly (one line on standard error; the other files go on)."
        })
final class ExitCodeList {}

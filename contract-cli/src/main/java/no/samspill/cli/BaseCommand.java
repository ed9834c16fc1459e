package no.samspill.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every samspill command has: its own spec (for printing through the writers a test can
 * capture) and the exit-code table in its help.
 */
abstract class BaseCommand {

    @Spec
    CommandSpec spec;

    @Mixin
    ExitCodeList exitCodes;
}

package no.samspill.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every samspill command has: its own spec, for printing through the writers a test can
 * capture. Each command lists its own exit codes in its {@code @Command}, as only it knows which
 * it can return (ExitCodesTest holds each list to what the command does).
 */
abstract class BaseCommand {

    @Spec
    CommandSpec spec;
}

package no.samspill.cli;

import picocli.CommandLine.Mixin;

/** A command that works with a template pack: the built-in one, or the user's {@code --templates DIR}. */
abstract class PackCommand extends BaseCommand {

    @Mixin
    PackOptions pack;
}

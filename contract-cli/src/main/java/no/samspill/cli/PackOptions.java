package no.samspill.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that choose the template pack: shared by every command that renders or validates. */
final class PackOptions {

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A directory with your own clause templates; the built-in pack fills in what it lacks.")
    Path templates;
}

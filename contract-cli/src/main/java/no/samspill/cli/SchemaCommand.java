package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code samspill schema [-o FILE]}: the JSON Schema of the description format, for editors. */
@Command(
        name = "schema",
        header = "Print the JSON Schema of the description format.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Prints the JSON Schema of the description format, so that an editor can check",
            "and complete a description as it is typed. With the YAML language server, make",
            "this the first line of a description:",
            "  # yaml-language-server: $schema=samspill.schema.json"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  samspill schema",
            "  samspill schema -o samspill.schema.json"
        })
final class SchemaCommand extends PackCommand implements Callable<Integer> {

    @ParentCommand
    private SamspillCommand parent;

    // The schema is generated, never edited by hand, so an existing file is simply replaced.
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the schema to FILE, replacing it, instead of printing it.")
    private Path output;

    @Override
    public Integer call() {
        String schema = parent.generator(pack).schema();
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(schema);
        } else {
            try {
                Files.writeString(output, schema, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println("Wrote " + output);
        }
        out.flush();
        return ExitCodes.OK;
    }
}

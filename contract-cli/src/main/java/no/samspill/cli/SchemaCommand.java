package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.samspill.internal.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;

/** {@code samspill schema [-o FILE]}: the JSON Schema of the description format, for editors. */
@Command(
        name = "schema",
        header = "Print the JSON Schema of the description format.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Prints the JSON Schema of the description format, so that an editor can check and complete a "
                    + "description as it is typed. With the YAML language server, make this the first line of a "
                    + "description:",
            "  # yaml-language-server: $schema=samspill.schema.json"
        },
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {
            "0:The schema was printed or written.",
            "2:Usage error: an unknown option, or an --output whose name does not end in .json.",
            "3:The file could not be written, the --templates pack is broken, " + ExitCodes.UNEXPECTED + "."
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
            description = "Write the schema to FILE (named .json), replacing it, instead of printing it; "
                    + "- prints it.")
    private Path output;

    @Mixin
    private QuietOption quietOption;

    @Override
    public Integer call() {
        if (StandardStreams.isDash(output)) {
            output = null;
        }
        String misnamed = OutputNames.SCHEMA.whyNot("-o", output);
        if (misnamed != null) {
            throw new ParameterException(spec.commandLine(), misnamed);
        }
        String schema = parent.generator(pack).schema();
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(schema);
        } else {
            try {
                // Atomically, as every output: an editor reading the schema never sees half of it.
                AtomicFiles.write(output, true, schema.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!quietOption.quiet) {
                out.println("Wrote " + output);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}

package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.samspill.ContractGenerator;
import no.samspill.catalogue.BaseAgreement;
import no.samspill.internal.io.AtomicFiles;
import no.samspill.model.Language;
import no.samspill.templates.Starter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;

/** {@code samspill init}: writes a commented starter description. */
@Command(
        name = "init",
        header = "Write a commented starter description.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Writes a commented starter description for a base agreement and a language. It is",
            "valid as it is: validate and generate it straight away, then make it your own.",
            "Without FILE the starter is printed. Beside FILE it also writes samspill.schema.json,",
            "which editors with the YAML language server use for completion and checks.",
            "With --parties the starter has several customers and several suppliers: a joint",
            "procurement led by one customer, from a consortium with a lead supplier and a",
            "subcontractor."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  samspill init avtale.yaml",
            "  samspill init --base SSA-D --lang nb drift.yaml",
            "  samspill init --base SSA-S --lang en > agile.yaml",
            "  samspill init --parties felles.yaml"
        })
final class InitCommand extends BaseCommand implements Callable<Integer> {

    /** The name the starter's yaml-language-server line points at. */
    static final String SCHEMA_FILE = "samspill.schema.json";

    @ParentCommand
    private SamspillCommand parent;

    @Option(names = "--base", paramLabel = "CODE", defaultValue = "SSA-L",
            description = "The base agreement, a code from `samspill bases` (default: ${DEFAULT-VALUE}).")
    private String base;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "nb",
            description = "The contract's language: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Language language;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    private boolean force;

    @Option(names = "--parties", description = "Several customers and several suppliers, each with an id.")
    private boolean severalParties;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Where to write the starter.")
    private Path file;

    @Override
    public Integer call() {
        ContractGenerator generator = parent.generator(null);
        BaseAgreement agreement = generator.templates().catalogue().find(base).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "unknown base agreement \"" + base + "\"; the catalogue has "
                        + String.join(", ", generator.templates().catalogue().codes())));
        String name = file == null ? "avtale.yaml" : file.getFileName().toString();
        String starter = Starter.render(agreement, language, name, severalParties);
        PrintWriter out = spec.commandLine().getOut();
        if (file == null) {
            out.print(starter);
            out.flush();
            return ExitCodes.OK;
        }
        try {
            AtomicFiles.write(file, force, stream -> stream.write(starter.getBytes(StandardCharsets.UTF_8)));
        } catch (FileAlreadyExistsException e) {
            Messages.error(spec.commandLine().getErr(), file + " already exists; use --force to replace it");
            return ExitCodes.FAILURE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path schemaFile = file.toAbsolutePath().resolveSibling(SCHEMA_FILE);
        try {
            // Generated, never edited by hand: replaced so that it matches this release.
            String schema = generator.schema();
            AtomicFiles.write(schemaFile, true, stream -> stream.write(schema.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("Wrote " + file + " (and " + SCHEMA_FILE + " beside it, for editors)");
        return ExitCodes.OK;
    }
}

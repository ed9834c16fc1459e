package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.samspill.ContractGenerator;
import no.samspill.catalogue.BaseAgreement;
import no.samspill.internal.io.AtomicFiles;
import no.samspill.model.Language;
import no.samspill.templates.Starter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            "Writes a commented starter description for a base agreement and a language. It is valid as it "
                    + "is: validate and generate it straight away, then make it your own. Without FILE (or with "
                    + "-) the starter is printed.",
            "%nBeside FILE it also writes samspill.schema.json, which editors with the YAML language server use "
                    + "for completion and checks. An existing FILE or schema file is kept unless --force is given; "
                    + "a schema file that is already this release's is left as it is.",
            "%nWith --parties the starter has several customers and several suppliers: a joint procurement led "
                    + "by one customer, from a consortium with a lead supplier and a subcontractor."
        },
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {
            "0:The starter was written (or printed).",
            "2:Usage error: an unknown option or base agreement, or a FILE whose name does not end in .yaml "
                    + "or .yml. Nothing is written.",
            "3:FILE exists (without --force), FILE or the schema file could not be written, "
                    + ExitCodes.UNEXPECTED + "."
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

    @Option(names = "--base", paramLabel = "CODE", defaultValue = "SSA-L", completionCandidates = BaseCodes.class,
            description = "The base agreement, a code from samspill bases (default: ${DEFAULT-VALUE}).")
    private String base;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "nb",
            description = "The contract's language: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Language language;

    @Option(names = "--force", description = "Replace FILE, and the schema file beside it, if they exist.")
    private boolean force;

    @Option(names = "--parties", description = "Several customers and several suppliers, each with an id.")
    private boolean severalParties;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "Where to write the starter, a name ending in .yaml or .yml; - prints it.")
    private Path file;

    @Mixin
    private QuietOption quietOption;

    @Override
    public Integer call() {
        if (StandardStreams.isDash(file)) {
            file = null;
        }
        String misnamed = OutputNames.DESCRIPTION.whyNot(null, file);
        if (misnamed != null) {
            throw new ParameterException(spec.commandLine(), misnamed);
        }
        ContractGenerator generator = parent.generator(null);
        BaseAgreement agreement = generator.templates().catalogue().find(base).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "unknown base agreement \"" + base + "\"; the catalogue has "
                        + String.join(", ", generator.templates().catalogue().codes())));
        String name = file == null ? "avtale.yaml" : file.getFileName().toString();
        String starter = Starter.render(agreement, language, name, severalParties);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (file == null) {
            out.print(starter);
            out.flush();
            return ExitCodes.OK;
        }
        Path schemaFile = file.toAbsolutePath().resolveSibling(SCHEMA_FILE);
        String schema = generator.schema();
        // Asked before the starter is written, so that a refusal leaves nothing half done.
        boolean schemaCurrent = isCurrent(schemaFile, schema);
        try {
            AtomicFiles.write(file, force, stream -> stream.write(starter.getBytes(StandardCharsets.UTF_8)));
        } catch (FileAlreadyExistsException e) {
            Messages.error(err, file + " already exists; use --force to replace it");
            return ExitCodes.FAILURE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String schemaNote;
        if (schemaCurrent) {
            schemaNote = " (" + SCHEMA_FILE + " beside it is already this release's)";
        } else if (Files.exists(schemaFile, LinkOption.NOFOLLOW_LINKS) && !force) {
            // It may be an older release's, or one the user changed: theirs to replace, not ours.
            Messages.error(err, "kept the existing " + schemaFile.getFileName() + ", which differs from this "
                    + "release's schema; use --force to replace it, or samspill schema -o to write it elsewhere");
            schemaNote = "";
        } else {
            try {
                AtomicFiles.write(schemaFile, true, stream -> stream.write(schema.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            schemaNote = " (and " + SCHEMA_FILE + " beside it, for editors)";
        }
        if (!quietOption.quiet) {
            out.println("Wrote " + file + schemaNote);
        }
        return ExitCodes.OK;
    }

    /** Whether {@code schemaFile} is a regular file holding exactly {@code schema}. */
    private static boolean isCurrent(Path schemaFile, String schema) {
        try {
            return Files.isRegularFile(schemaFile, LinkOption.NOFOLLOW_LINKS)
                    && Files.readString(schemaFile, StandardCharsets.UTF_8).equals(schema);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}

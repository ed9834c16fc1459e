package no.samspill.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.samspill.ContractException;
import no.samspill.ContractGenerator;
import no.samspill.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code samspill generate FILE}: writes the contract as a Word document. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Generates the relational contract of a description as a Word document (DOCX).",
            "The document is written complete or not at all; an existing file is kept",
            "unless --force is given, because it may hold a lawyer's edits."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  samspill generate avtale.yaml",
            "  samspill generate avtale.yaml -o utkast/avtale.docx --force",
            "  samspill generate avtale.yaml --reference firmamal.docx"
        })
final class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    private SamspillCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ExitCodeList exitCodes;

    @Parameters(index = "0", paramLabel = "FILE", description = "The contract description (YAML).")
    private Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where to write the document (default: beside FILE, with the extension .docx).")
    private Path output;

    @Option(names = "--reference", paramLabel = "DOCX",
            description = "A Word document whose styles, page setup and numbering to use.")
    private Path reference;

    @Option(names = "--force", description = "Replace OUT if it exists.")
    private boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String unreadable = InputFiles.whyUnreadable(file);
        if (unreadable == null && reference != null) {
            unreadable = InputFiles.whyUnreadable(reference);
        }
        if (unreadable != null) {
            err.println("samspill: " + unreadable);
            return ExitCodes.FAILURE;
        }
        Path target = output != null ? output : defaultOutput(file);
        if (Files.isDirectory(target)) {
            target = target.resolve(defaultOutput(file).getFileName());
        }
        if (!force && Files.exists(target)) {
            err.println("samspill: " + target + " already exists and may hold edits; "
                    + "use --force to replace it, or -o to write elsewhere");
            return ExitCodes.FAILURE;
        }
        ContractGenerator generator = reference == null
                ? parent.generator()
                : ContractGenerator.builder().templates(parent.generator().templates()).reference(reference).build();
        Validation validation;
        try {
            validation = generator.generate(file, target, force);
        } catch (UncheckedIOException | ContractException e) {
            err.println("samspill: " + FailureHandler.describe(e));
            return ExitCodes.FAILURE;
        }
        if (!validation.isValid()) {
            ValidateCommand.printProblems(err, validation.problems());
            return ExitCodes.INVALID;
        }
        out.println("Wrote " + target);
        return ExitCodes.OK;
    }

    /** {@code avtale.yaml} → {@code avtale.docx}, in the same directory. */
    static Path defaultOutput(Path description) {
        String name = description.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return description.resolveSibling(base + ".docx");
    }
}

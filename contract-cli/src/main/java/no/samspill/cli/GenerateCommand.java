package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import no.samspill.ContractException;
import no.samspill.ContractGenerator;
import no.samspill.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;

/** {@code samspill generate FILE...}: writes each contract as a Word document. */
@Command(
        name = "generate",
        header = "Write each contract as a Word document.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Generates the relational contract of each description as a Word document (DOCX).",
            "Each document is written complete or not at all; an existing file is kept unless",
            "--force is given, because it may hold a lawyer's edits. One bad description never",
            "stops the others."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  samspill generate avtale.yaml",
            "  samspill generate avtale.yaml -o utkast/avtale.docx --force",
            "  samspill generate a.yaml b.yaml -d utkast",
            "  samspill generate kontrakter/ -d utkast",
            "  samspill generate avtale.yaml --reference firmamal.docx --templates firmaklausuler/"
        })
final class GenerateCommand extends PackCommand implements Callable<Integer> {

    @ParentCommand
    private SamspillCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Contract descriptions (YAML), or directories whose *.yaml and *.yml files to generate.")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where to write the document, for a single FILE (default: beside FILE, with the extension .docx).")
    private Path output;

    @Option(names = {"-d", "--directory"}, paramLabel = "OUTDIR",
            description = "The directory to write the documents to (default: beside each FILE).")
    private Path directory;

    @Option(names = "--reference", paramLabel = "DOCX",
            description = "A Word document whose styles, page setup and numbering to use.")
    private Path reference;

    @Option(names = "--force", description = "Replace documents that already exist.")
    private boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && directory != null) {
            throw new ParameterException(spec.commandLine(), "give either -o OUT or -d OUTDIR, not both");
        }
        List<Path> files = new ArrayList<>();
        int exit = ExitCodes.OK;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> found = descriptionsIn(input);
                if (found.isEmpty()) {
                    err.println("samspill: " + input + ": no .yaml or .yml files in this directory");
                    exit = ExitCodes.FAILURE;
                }
                files.addAll(found);
            } else {
                files.add(input);
            }
        }
        if (output != null && files.size() != 1) {
            throw new ParameterException(spec.commandLine(),
                    "-o names one document, but there are " + files.size() + " descriptions; use -d OUTDIR");
        }
        if (reference != null && InputFiles.whyUnreadable(reference) != null) {
            err.println("samspill: " + InputFiles.whyUnreadable(reference));
            return ExitCodes.FAILURE;
        }
        ContractGenerator generator = reference == null
                ? parent.generator(pack)
                : ContractGenerator.builder().templates(parent.generator(pack).templates()).reference(reference).build();

        Progress progress = Progress.create(err, files.size());
        Tally tally = new Tally();
        for (Path file : files) {
            progress.starting(file);
            int outcome = generateOne(generator, file, out, err, progress);
            tally.count(outcome);
            exit = Math.max(exit, outcome);
        }
        progress.done();
        if (files.size() > 1) {
            out.println(tally.summary());
        }
        return exit;
    }

    private int generateOne(ContractGenerator generator, Path file, PrintWriter out, PrintWriter err, Progress progress) {
        String unreadable = InputFiles.whyUnreadable(file);
        if (unreadable != null) {
            progress.report(() -> err.println("samspill: " + unreadable));
            return ExitCodes.FAILURE;
        }
        Path target = target(file);
        if (!force && Files.exists(target)) {
            progress.report(() -> err.println("samspill: " + target + " already exists and may hold edits; "
                    + "use --force to replace it, or -o/-d to write elsewhere"));
            return ExitCodes.FAILURE;
        }
        Validation validation;
        try {
            validation = generator.generate(file, target, force);
        } catch (UncheckedIOException | ContractException e) {
            progress.report(() -> err.println("samspill: " + file + ": " + FailureHandler.describe(e)));
            return ExitCodes.FAILURE;
        }
        if (!validation.isValid()) {
            progress.report(() -> ValidateCommand.printProblems(err, validation.problems()));
            return ExitCodes.INVALID;
        }
        progress.report(() -> out.println("Wrote " + target));
        return ExitCodes.OK;
    }

    private Path target(Path file) {
        if (output != null) {
            return Files.isDirectory(output) ? output.resolve(defaultOutput(file).getFileName()) : output;
        }
        if (directory != null) {
            return directory.resolve(defaultOutput(file).getFileName());
        }
        return defaultOutput(file);
    }

    private static List<Path> descriptionsIn(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries
                    .filter(p -> Files.isRegularFile(p))
                    .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code avtale.yaml} → {@code avtale.docx}, in the same directory. */
    static Path defaultOutput(Path description) {
        String name = description.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return description.resolveSibling(base + ".docx");
    }

    /** Counts the outcomes for the closing summary. */
    private static final class Tally {
        private int written;
        private int invalid;
        private int failed;

        void count(int outcome) {
            if (outcome == ExitCodes.OK) {
                written++;
            } else if (outcome == ExitCodes.INVALID) {
                invalid++;
            } else {
                failed++;
            }
        }

        String summary() {
            return written + " written, " + invalid + " invalid, " + failed + " failed";
        }
    }
}

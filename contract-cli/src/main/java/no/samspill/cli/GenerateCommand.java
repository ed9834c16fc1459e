package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.samspill.ContractException;
import no.samspill.ContractGenerator;
import no.samspill.Edition;
import no.samspill.Generation;
import no.samspill.Validation;
import no.samspill.internal.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            "--force is given, because it may hold a lawyer's edits. One bad description",
            "never stops the others. Warnings are listed on standard error and the",
            "document is still written, unless --strict is given.",
            "Only a missing path or a regular file is ever replaced. A device or a pipe",
            "(/dev/null, /dev/stdout into a pipe) is written to directly; a directory,",
            "a symbolic link to anything else, and a description itself are refused.",
            "Outputs that would replace an input or each other stop the run before",
            "anything is written."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  samspill generate avtale.yaml",
            "  samspill generate avtale.yaml -o utkast/avtale.docx --force",
            "  samspill generate a.yaml b.yaml -d utkast",
            "  samspill generate kontrakter/ -d utkast",
            "  samspill generate avtale.yaml --lang en",
            "  samspill generate avtale.yaml --lang nb,en --parallel -d utkast",
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

    @Mixin
    private EditionOptions editionOptions;

    @Mixin
    private StrictOption strictOption;

    /**
     * How one description becomes a document: read, validated and rendered into memory. A seam,
     * so that a test can make it fail the way the library might (an OutOfMemoryError, a bug).
     */
    @FunctionalInterface
    interface Render {
        Generation render(ContractGenerator generator, Path description, Edition edition);
    }

    private final Render render;

    GenerateCommand() {
        this((generator, description, edition) -> generator.generate(description, edition));
    }

    GenerateCommand(Render render) {
        this.render = render;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && directory != null) {
            throw new ParameterException(spec.commandLine(), "give either -o OUT or -d OUTDIR, not both");
        }
        if (directory != null && Files.exists(directory) && !Files.isDirectory(directory)) {
            Messages.error(err, "-d " + directory + ": not a directory");
            return ExitCodes.USAGE;
        }
        List<Path> files = new ArrayList<>();
        int exit = ExitCodes.OK;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> found = descriptionsIn(input);
                if (found.isEmpty()) {
                    Messages.error(err, input + ": no .yaml or .yml files in this directory");
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
        if (reference != null) {
            String notReference = whyNotReference(reference);
            if (notReference != null) {
                Messages.error(err, "--reference " + reference + ": " + notReference);
                return ExitCodes.FAILURE;
            }
        }
        List<String> clashes = clashes(files);
        if (!clashes.isEmpty()) {
            clashes.forEach(clash -> Messages.error(err, clash));
            Messages.error(err, "nothing was written");
            return ExitCodes.USAGE;
        }
        ContractGenerator generator = reference == null
                ? parent.generator(pack, strictOption.strict)
                : ContractGenerator.builder().templates(parent.generator(pack).templates()).reference(reference)
                        .strict(strictOption.strict).build();

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

    /**
     * Outputs that would replace an input or each other, found before anything is written: one
     * line each, naming the inputs. {@code generate a.yaml -o a.yaml --force} would replace the
     * description with its document, and dir1/x.yaml and dir2/x.yaml with {@code -d out} would
     * both become out/x.docx, the second replacing the first (or failing on it without --force).
     */
    private List<String> clashes(List<Path> files) {
        List<Path> readable = files.stream().filter(f -> InputFiles.whyUnreadable(f) == null).toList();
        // By file key (device and inode), so that a hard link or another spelling is the same file.
        Map<Object, Path> inputs = new HashMap<>();
        readable.forEach(file -> inputs.putIfAbsent(fileKey(file), file));
        List<String> clashes = new ArrayList<>();
        Map<Path, List<Path>> byTarget = new LinkedHashMap<>();
        Map<Path, Path> shownTarget = new HashMap<>();
        for (Path file : readable) {
            for (Edition edition : editionOptions.editions()) {
                Path target = target(file, edition);
                Path input = Files.exists(target) ? inputs.get(fileKey(target)) : null;
                if (input != null) {
                    clashes.add(target + ": is the description " + (input.equals(file) ? "itself" : input.toString())
                            + "; the document would replace it. Write it elsewhere with -o or -d");
                }
                byTarget.computeIfAbsent(identity(target), t -> new ArrayList<>()).add(file);
                shownTarget.putIfAbsent(identity(target), target);
            }
        }
        byTarget.forEach((target, sources) -> {
            if (sources.size() > 1) {
                clashes.add(sources.stream().map(Path::toString).collect(Collectors.joining(", "))
                        + ": would all be written to " + shownTarget.get(target)
                        + "; give them different names or generate them to different directories");
            }
        });
        return clashes;
    }

    /**
     * Every edition of one description, written only when all of them are valid: a refused
     * English edition leaves no Norwegian one behind to be mistaken for the pair.
     */
    private int generateOne(ContractGenerator generator, Path file, PrintWriter out, PrintWriter err, Progress progress) {
        String unreadable = InputFiles.whyUnreadable(file);
        if (unreadable != null) {
            progress.report(() -> Messages.error(err, unreadable));
            return ExitCodes.FAILURE;
        }
        Map<Path, Edition> targets = new LinkedHashMap<>();
        editionOptions.editions().forEach(edition -> targets.put(target(file, edition), edition));
        for (Path target : targets.keySet()) {
            String refusal = AtomicFiles.whyNotReplaceable(target);
            if (refusal != null) {
                progress.report(() -> Messages.error(err, target + ": " + refusal));
                return ExitCodes.FAILURE;
            }
            // A device or a pipe holds no edits to keep: it is written to without --force.
            if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !AtomicFiles.isDeviceOrPipe(target)) {
                progress.report(() -> Messages.error(err, target + " already exists and may hold edits; "
                        + "use --force to replace it, or -o/-d to write elsewhere"));
                return ExitCodes.FAILURE;
            }
        }
        Map<Path, byte[]> documents = new LinkedHashMap<>();
        List<Validation> validations = new ArrayList<>();
        for (Map.Entry<Path, Edition> entry : targets.entrySet()) {
            Generation generation;
            try {
                generation = render.render(generator, file, entry.getValue());
            } catch (UncheckedIOException | ContractException e) {
                progress.report(() -> Messages.error(err, naming(file, FailureHandler.describe(e))));
                return ExitCodes.FAILURE;
            } catch (RuntimeException | Error e) {
                // A bug, or the JVM out of memory: this description fails in one line, the batch goes
                // on (by now the stack is unwound and the description's memory is garbage).
                progress.report(() -> Messages.error(err, file + ": " + FailureHandler.unexpected(e)));
                return ExitCodes.FAILURE;
            }
            validations.add(generation.validation());
            if (generation.isSuccess()) {
                documents.put(entry.getKey(), generation.document());
            }
        }
        // Warnings are listed whether or not they stop the description: a document written with
        // warnings is still one a lawyer should look at.
        FileOutcome findings = FileOutcome.of(file.toString(), validations);
        progress.report(() -> ValidationReport.printFindings(findings, err));
        if (!findings.isValid()) {
            return ExitCodes.INVALID;
        }
        // Accepted warnings are not listed, but counted, so that none is hidden without a trace.
        String accepted = findings.accepted().isEmpty() ? ""
                : " (" + FileOutcome.count(findings.accepted().size(), "warning") + " accepted)";
        for (Map.Entry<Path, byte[]> document : documents.entrySet()) {
            Path target = document.getKey();
            try {
                AtomicFiles.write(target, force, document.getValue());
            } catch (IOException e) {
                // AtomicFiles names the output: a full disk is the output's, not the description's.
                progress.report(() -> Messages.error(err, naming(target, FailureHandler.describe(e))));
                return ExitCodes.FAILURE;
            }
            progress.report(() -> Messages.line(out, "Wrote " + target + accepted));
        }
        return ExitCodes.OK;
    }

    /** {@code message}, prefixed with the file unless it already starts with it. */
    private static String naming(Path file, String message) {
        return message.startsWith(file.toString()) ? message : file + ": " + message;
    }

    /** Why {@code reference} cannot be a reference document, or null when it may be one. */
    private static String whyNotReference(Path reference) {
        if (!Files.exists(reference)) {
            return "no such file";
        }
        if (Files.isDirectory(reference)) {
            return "is a directory, not a Word document (.docx)";
        }
        if (!Files.isReadable(reference)) {
            return "permission denied";
        }
        return null;
    }

    /** Where one edition of a description goes: with the edition in the name when the run writes several. */
    private Path target(Path file, Edition edition) {
        Path target = target(file);
        if (editionOptions.editions().size() == 1) {
            return target;
        }
        String name = target.getFileName().toString();
        int dot = name.toLowerCase(java.util.Locale.ROOT).endsWith(".docx") ? name.length() - 5 : name.length();
        return target.resolveSibling(name.substring(0, dot) + EditionOptions.suffix(edition) + name.substring(dot));
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

    /** The file a path names, however it is spelt: relative or absolute, through links in its directory. */
    private static Path identity(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            return absolute.getParent().toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute;
        }
    }

    /** What identifies the file {@code path} names: its device and inode where the file system has them. */
    private static Object fileKey(Path path) {
        try {
            Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
            return key != null ? key : path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
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

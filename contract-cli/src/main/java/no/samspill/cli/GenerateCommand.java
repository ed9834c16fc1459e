package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
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
            "Generates the relational contract of each description as a Word document (DOCX). Each document "
                    + "is written complete or not at all; an existing file is kept unless --force is given, "
                    + "because it may hold a lawyer's edits. A replaced file keeps its permissions; a new one "
                    + "gets those your umask gives. One bad description never stops the others. Warnings are "
                    + "listed on standard error and the document is still written, unless --strict is given.",
            "%nOnly a missing path or a regular file is ever replaced. A device or a pipe (/dev/null) is written "
                    + "to directly; a directory, a symbolic link to anything else, and a description itself are "
                    + "refused. Outputs that would replace an input or each other, and an output whose name does "
                    + "not end in .docx, stop the run before anything is written.",
            "%nFILE - reads the description from standard input (messages call it <stdin>) and needs -o. "
                    + "-o - writes the document to standard output, and nothing else goes there."
        },
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {
            "0:Every description is valid and every document was written.",
            "1:A description is invalid (with --strict, also one with a warning it does not accept): its "
                    + "problems are listed, and nothing is written for it.",
            "2:Usage error: an unknown option, no FILE, -o with -d or with several descriptions, an output not "
                    + "named .docx, or outputs that would replace an input or each other. Nothing is written.",
            "3:A file could not be read or written (or exists, without --force), a directory holds no "
                    + "description, a template failed, " + ExitCodes.UNEXPECTED + ". The other descriptions go on."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  samspill generate avtale.yaml",
            "  samspill generate avtale.yaml -o utkast/avtale.docx --force",
            "  samspill generate a.yaml b.yaml -d utkast",
            "  samspill generate kontrakter/ -d utkast",
            "  samspill generate avtale.yaml --lang nb,en --parallel -d utkast",
            "  samspill generate avtale.yaml --reference firmamal.docx",
            "  samspill generate avtale.yaml --templates firmaklausuler/",
            "  cat avtale.yaml | samspill generate - -o - > avtale.docx"
        })
final class GenerateCommand extends PackCommand implements Callable<Integer> {

    @ParentCommand
    private SamspillCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Contract descriptions: .yaml or .yml files, directories of them, or - for "
                    + "standard input.")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where to write the document, for a single FILE: a name ending in .docx, a directory, "
                    + "or - for standard output (default: beside FILE, with the extension .docx).")
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

    @Mixin
    private QuietOption quietOption;

    /**
     * How one description becomes a document: read, validated and rendered into memory. A seam,
     * so that a test can make it fail the way the library might (an OutOfMemoryError, a bug).
     */
    @FunctionalInterface
    interface Render {
        Generation render(ContractGenerator generator, Path description, Edition edition);
    }

    private final Render render;

    /** Standard input, read on first use: every edition of {@code -} reads the same text. */
    private String stdin;

    GenerateCommand() {
        this.render = this::renderFile;
    }

    GenerateCommand(Render render) {
        this.render = render;
    }

    private Generation renderFile(ContractGenerator generator, Path description, Edition edition) {
        if (!StandardStreams.isDash(description)) {
            return generator.generate(description, edition);
        }
        if (stdin == null) {
            stdin = parent.streams().readInput();
        }
        return generator.generate(StandardStreams.STDIN_NAME, new StringReader(stdin), edition);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && directory != null) {
            throw new ParameterException(spec.commandLine(), "give either -o OUT or -d OUTDIR, not both");
        }
        if (directory != null && Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new ParameterException(spec.commandLine(), "-d " + directory + ": not a directory");
        }
        InputFiles.Expanded expanded = InputFiles.expand(inputs, err);
        List<Path> files = expanded.files();
        int exit = expanded.emptyDirectories() > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
        if (output != null && files.size() > 1) {
            throw new ParameterException(spec.commandLine(),
                    "-o names one document, but there are " + files.size() + " descriptions; use -d OUTDIR");
        }
        String usage = whyNotUsable(files);
        if (usage != null) {
            throw new ParameterException(spec.commandLine(), usage);
        }
        if (reference != null) {
            String notReference = whyNotReference(reference);
            if (notReference != null) {
                Messages.error(err, "--reference " + reference + ": " + notReference);
                return ExitCodes.FAILURE;
            }
        }
        List<String> clashes = clashes(files);
        if (clashes.isEmpty()) {
            files.stream().filter(f -> InputFiles.whyUnreadable(f) == null)
                    .flatMap(f -> editionOptions.editions().stream().map(e -> target(f, e)))
                    .map(target -> OutputNames.DOCX.whyNot(null, target))
                    .filter(java.util.Objects::nonNull).distinct().forEach(clashes::add);
        }
        if (!clashes.isEmpty()) {
            clashes.forEach(clash -> Messages.error(err, clash));
            Messages.error(err, "nothing was written");
            return ExitCodes.USAGE;
        }
        ContractGenerator generator = reference == null
                ? parent.generator(pack, strictOption.strict)
                : ContractGenerator.builder().templates(parent.generator(pack).templates()).reference(reference)
                        .strict(strictOption.strict).build();

        Progress progress = quietOption.quiet ? Progress.create(err, 0, false)
                : Progress.create(err, files.size(), parent.streams().errIsTerminal());
        Tally tally = new Tally();
        for (Path file : files) {
            progress.starting(file);
            int outcome = generateOne(generator, file, out, err, progress);
            tally.count(outcome);
            exit = Math.max(exit, outcome);
        }
        progress.done();
        if (files.size() > 1 && !quietOption.quiet) {
            out.println(tally.summary());
        }
        return exit;
    }

    /**
     * Why standard input or output cannot be used as asked, or null. Standard input has no name
     * to derive the document's from; standard output takes one document, and a DOCX on standard
     * output is useless on a terminal only to the eye, so it is not refused there.
     */
    private String whyNotUsable(List<Path> files) {
        String twice = InputFiles.whyNotReadable(files);
        if (twice != null) {
            return twice;
        }
        if (files.stream().anyMatch(StandardStreams::isDash)
                && (output == null || !StandardStreams.isDash(output) && Files.isDirectory(output))) {
            return "- (standard input) has no name to make the document's from; name it with -o OUT (or -o - "
                    + "for standard output)";
        }
        if (StandardStreams.isDash(output) && editionOptions.editions().size() > 1) {
            return "-o - writes one document to standard output, but " + editionOptions.editions().size()
                    + " editions were asked for; give -o FILE.docx or -d OUTDIR";
        }
        return null;
    }

    /**
     * Outputs that would replace an input or each other, found before anything is written: one
     * line each, naming the inputs. {@code generate a.yaml -o a.yaml --force} would replace the
     * description with its document, and dir1/x.yaml and dir2/x.yaml with {@code -d out} would
     * both become out/x.docx, the second replacing the first (or failing on it without --force).
     */
    private List<String> clashes(List<Path> files) {
        List<Path> readable = files.stream()
                .filter(f -> InputFiles.whyUnreadable(f) == null && !StandardStreams.isDash(f)).toList();
        // By file key (device and inode), so that a hard link or another spelling is the same file.
        Map<Object, Path> inputs = new HashMap<>();
        readable.forEach(file -> inputs.putIfAbsent(fileKey(file), file));
        List<String> clashes = new ArrayList<>();
        Map<Path, List<Path>> byTarget = new LinkedHashMap<>();
        Map<Path, Path> shownTarget = new HashMap<>();
        for (Path file : readable) {
            for (Edition edition : editionOptions.editions()) {
                Path target = target(file, edition);
                if (StandardStreams.isDash(target)) {
                    continue;
                }
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
            if (StandardStreams.isDash(target)) {
                continue;
            }
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
                progress.report(() -> Messages.error(err, naming(InputFiles.name(file), FailureHandler.describe(e))));
                return ExitCodes.FAILURE;
            } catch (RuntimeException | Error e) {
                // A bug, or the JVM out of memory: this description fails in one line, the batch goes
                // on (by now the stack is unwound and the description's memory is garbage).
                progress.report(() -> Messages.error(err, InputFiles.name(file) + ": " + FailureHandler.unexpected(e)));
                return ExitCodes.FAILURE;
            }
            validations.add(generation.validation());
            if (generation.isSuccess()) {
                documents.put(entry.getKey(), generation.document());
            }
        }
        // Warnings are listed whether or not they stop the description: a document written with
        // warnings is still one a lawyer should look at.
        FileOutcome findings = FileOutcome.of(InputFiles.name(file), validations);
        progress.report(() -> ValidationReport.printFindings(findings, err));
        if (!findings.isValid()) {
            return ExitCodes.INVALID;
        }
        // Accepted warnings are not listed, but counted, so that none is hidden without a trace.
        String accepted = findings.accepted().isEmpty() ? ""
                : " (" + FileOutcome.count(findings.accepted().size(), "warning") + " accepted)";
        for (Map.Entry<Path, byte[]> document : documents.entrySet()) {
            Path target = document.getKey();
            if (StandardStreams.isDash(target)) {
                try {
                    parent.streams().write(out, document.getValue());
                } catch (IOException e) {
                    progress.report(() -> Messages.error(err, "standard output: " + FailureHandler.describe(e)));
                    return ExitCodes.FAILURE;
                }
                continue;
            }
            try {
                AtomicFiles.write(target, force, document.getValue());
            } catch (IOException e) {
                // AtomicFiles names the output: a full disk is the output's, not the description's.
                progress.report(() -> Messages.error(err, naming(target.toString(), FailureHandler.describe(e))));
                return ExitCodes.FAILURE;
            }
            if (!quietOption.quiet) {
                progress.report(() -> Messages.line(out, "Wrote " + target + accepted));
            }
        }
        return ExitCodes.OK;
    }

    /** {@code message}, prefixed with the file unless it already starts with it. */
    private static String naming(String file, String message) {
        return message.startsWith(file) ? message : file + ": " + message;
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
        if (editionOptions.editions().size() == 1 || StandardStreams.isDash(target)) {
            return target;
        }
        String name = target.getFileName().toString();
        int dot = name.toLowerCase(java.util.Locale.ROOT).endsWith(".docx") ? name.length() - 5 : name.length();
        return target.resolveSibling(name.substring(0, dot) + EditionOptions.suffix(edition) + name.substring(dot));
    }

    private Path target(Path file) {
        if (output != null) {
            return !StandardStreams.isDash(output) && Files.isDirectory(output)
                    ? output.resolve(defaultOutput(file).getFileName()) : output;
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

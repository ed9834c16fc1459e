package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import no.samspill.ContractGenerator;
import no.samspill.Edition;
import no.samspill.Validation;
import no.samspill.internal.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code samspill validate FILE...}: checks descriptions and lists every problem. */
@Command(
        name = "validate",
        header = "Check descriptions and list every problem.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Checks contract descriptions against the format and lists every problem and warning on standard "
                    + "error, each as FILE:LINE:COLUMN: PATH: MESSAGE [CODE], and each valid description as "
                    + "FILE: valid on standard output. Warnings alone leave a description valid, unless --strict "
                    + "is given. Writes nothing but the report.",
            "%nWith --format json or sarif the report goes to standard output (or to --output) and nothing else "
                    + "does; the findings are still listed on standard error.",
            "%nA directory stands for each .yaml and .yml file in it, as in generate. FILE - reads the "
                    + "description from standard input; messages call it <stdin>."
        },
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {
            "0:Every description is valid (warnings allowed, unless --strict).",
            "1:A description is invalid (with --strict, also one with a warning it does not accept); its "
                    + "problems are listed.",
            "2:Usage error: an unknown option, no FILE, an --output whose name does not fit the --format, or "
                    + "an --output that is one of the descriptions. Nothing is checked.",
            "3:A description or the report could not be read or written, a directory holds no description, "
                    + "the --templates pack is broken, " + ExitCodes.UNEXPECTED + ". The other descriptions are "
                    + "still checked."
        },
        footerHeading = "%nExamples:%n",
        footer = {"  samspill validate avtale.yaml", "  samspill validate contracts/",
            "  samspill validate avtale.yaml --lang nb,en --parallel",
            "  samspill validate --strict --format sarif -o samspill.sarif contracts/",
            "  cat avtale.yaml | samspill validate -"})
final class ValidateCommand extends PackCommand implements Callable<Integer> {

    enum Format { text, json, sarif }

    @ParentCommand
    private SamspillCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Contract descriptions: .yaml or .yml files, directories of them, or - for "
                    + "standard input.")
    private List<Path> inputs;

    @Mixin
    private EditionOptions editionOptions;

    @Mixin
    private StrictOption strictOption;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default); json, one object with every finding, described by "
                    + "docs/findings.schema.json; or sarif, a SARIF 2.1.0 log for code scanning.")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output, replacing it; the terminal "
                    + "still shows the text report. Its name ends as the format says: .json (json), .sarif or "
                    + ".json (sarif), .txt, .log or nothing (text). - is standard output.")
    private Path output;

    @Mixin
    private QuietOption quietOption;

    private List<Path> files;

    /** Standard input, read on first use: every edition of {@code -} reads the same text. */
    private String stdin;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (StandardStreams.isDash(output)) {
            output = null;
        }
        String unreadable = InputFiles.whyNotReadable(inputs);
        if (unreadable != null) {
            throw new ParameterException(spec.commandLine(), unreadable);
        }
        InputFiles.Expanded expanded = InputFiles.expand(inputs, err);
        files = expanded.files();
        // The clash first: that -o names a description matters more than what its name says.
        String clash = outputClash();
        if (clash != null) {
            Messages.error(err, clash);
            return ExitCodes.USAGE;
        }
        String misnamed = outputNames().whyNot("-o", output);
        if (misnamed != null) {
            throw new ParameterException(spec.commandLine(), misnamed);
        }
        // Built before the first file: a broken pack is the pack's failure, said once
        // (pack.yaml:LINE: ...), not an unexpected failure of each description.
        ContractGenerator generator = parent.generator(pack, strictOption.strict);
        // The report alone on standard output, so that it can be piped; the terminal still sees
        // what was found, on standard error.
        PrintWriter terminalOut = format != Format.text && output == null || quietOption.quiet
                ? new PrintWriter(Writer.nullWriter()) : out;
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            FileOutcome outcome = check(generator, file);
            // Shown as soon as it is known: a long list of files shows its progress.
            ValidationReport.printText(outcome, terminalOut, err);
            outcomes.add(outcome);
        }
        ValidationReport report = new ValidationReport(strictOption.strict, outcomes);
        int exit = Math.max(report.exitCode(), expanded.emptyDirectories() > 0 ? ExitCodes.FAILURE : ExitCodes.OK);
        if (format != Format.text || output != null) {
            String text = render(report, generator);
            if (output == null) {
                out.print(text);
            } else {
                try {
                    AtomicFiles.write(output, true, text.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    Messages.error(err, FailureHandler.describe(e));
                    exit = ExitCodes.FAILURE;
                }
            }
        }
        out.flush();
        err.flush();
        return exit;
    }

    /** One description, every edition asked for; a file that cannot be checked fails alone. */
    private FileOutcome check(ContractGenerator generator, Path file) {
        String name = InputFiles.name(file);
        String unreadable = InputFiles.whyUnreadable(file);
        if (unreadable != null) {
            return FileOutcome.failed(name, unreadable);
        }
        List<Validation> editions = new ArrayList<>();
        try {
            for (Edition edition : editionOptions.editions()) {
                editions.add(validate(generator, file, edition));
            }
        } catch (UncheckedIOException e) {
            return FileOutcome.failed(name, FailureHandler.describe(e));
        } catch (RuntimeException | Error e) {
            // As in generate: one line naming the file, and the other files are still checked.
            return FileOutcome.failed(name, name + ": " + FailureHandler.unexpected(e));
        }
        return FileOutcome.of(name, editions);
    }

    private Validation validate(ContractGenerator generator, Path file, Edition edition) {
        if (!StandardStreams.isDash(file)) {
            return generator.validate(file, edition);
        }
        if (stdin == null) {
            stdin = parent.streams().readInput();
        }
        return generator.validate(StandardStreams.STDIN_NAME, stdin, edition);
    }

    private OutputNames outputNames() {
        return switch (format) {
            case text -> OutputNames.TEXT;
            case json -> OutputNames.JSON;
            case sarif -> OutputNames.SARIF;
        };
    }

    private String render(ValidationReport report, ContractGenerator generator) {
        return switch (format) {
            case json -> JsonReport.of(report);
            case sarif -> SarifReport.of(report, generator.checks(), VersionProvider.version());
            case text -> {
                StringWriter text = new StringWriter();
                PrintWriter both = new PrintWriter(text);
                report.printText(both, both);
                both.flush();
                yield text.toString();
            }
        };
    }

    /**
     * Why {@code --output} must not be written, or null: it is one of the descriptions, which
     * the report would replace. Found before anything is checked, so that nothing is written.
     */
    private String outputClash() {
        if (output == null || !Files.exists(output)) {
            return null;
        }
        for (Path file : files) {
            try {
                if (!StandardStreams.isDash(file) && Files.exists(file) && Files.isSameFile(output, file)) {
                    return "-o " + output + ": is the description " + file
                            + "; the report would replace it. Write the report elsewhere";
                }
            } catch (IOException e) {
                // Not comparable, so not the same file as far as can be told; writing will say more.
            }
        }
        return null;
    }
}

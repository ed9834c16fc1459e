package no.samspill.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import no.samspill.ContractGenerator;
import no.samspill.templates.FreemarkerTemplatePack;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: {@code samspill <command>}. */
@Command(
        name = "samspill",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Generates formal relational contracts (DOCX) from a YAML description, on top of the "
                + "Norwegian state standard agreements for IT (SSA).",
        subcommands = {
            ValidateCommand.class,
            GenerateCommand.class,
            InitCommand.class,
            SchemaCommand.class,
            BasesCommand.class,
            TemplatesCommand.class,
            CheckCommand.class,
            CompletionCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {
            "0:The help or the version was shown.",
            "2:Usage error: no command, an unknown one, or an unknown option. Each command's --help lists the "
                    + "exit codes of that command.",
            "3:samspill failed unexpectedly (one line on standard error)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  samspill validate avtale.yaml",
            "  samspill generate avtale.yaml -o avtale.docx",
            "  samspill help generate"
        })
final class SamspillCommand extends BaseCommand implements Callable<Integer> {

    private final StandardStreams streams;
    private ContractGenerator generator;
    private boolean generatorStrict;

    SamspillCommand() {
        this(StandardStreams.system());
    }

    SamspillCommand(StandardStreams streams) {
        this.streams = streams;
    }

    /** Runs the command line with the process's standard input, output and error. */
    static int execute(String... args) {
        StandardStreams streams = StandardStreams.system();
        return execute(CommandLine.defaultFactory(), streams, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), args);
    }

    /**
     * Runs the command line with the given streams and writers, and commands made by
     * {@code factory}: the entry point for tests, and their seam for making a command fail the
     * way the library might. {@code out} and {@code streams.out()} are one standard output.
     */
    static int execute(CommandLine.IFactory factory, StandardStreams streams, PrintWriter out, PrintWriter err,
            String... args) {
        int exit;
        try {
            CommandLine commandLine = new CommandLine(new SamspillCommand(streams), factory)
                    .setOut(out)
                    .setErr(err)
                    .setCaseInsensitiveEnumValuesAllowed(true)
                    .setParameterExceptionHandler(new UsageErrors())
                    .setExecutionExceptionHandler(new FailureHandler());
            exit = commandLine.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands only Exceptions to the FailureHandler; an Error (OutOfMemoryError,
            // StackOverflowError) would otherwise end the JVM with a stack trace and exit code 1.
            FailureHandler.report(err, e);
            exit = ExitCodes.FAILURE;
        }
        out.flush();
        err.flush();
        return exit;
    }

    @Override
    public Integer call() {
        return UsageErrors.missingSubcommand(spec.commandLine());
    }

    /** Standard input, and standard output as bytes, for the commands that take {@code -}. */
    StandardStreams streams() {
        return streams;
    }

    /**
     * The generator for the chosen pack, built on first use and shared by the subcommands:
     * building one parses every template, which a command should pay for once.
     */
    ContractGenerator generator(PackOptions pack) {
        return generator(pack, false);
    }

    /** The generator for the chosen pack, with warnings stopping generation when {@code strict}. */
    ContractGenerator generator(PackOptions pack, boolean strict) {
        if (generator == null) {
            ContractGenerator.Builder builder = ContractGenerator.builder().strict(strict);
            if (pack != null && pack.templates != null) {
                builder.templates(FreemarkerTemplatePack.fromDirectory(pack.templates));
            }
            generator = builder.build();
        } else if (generatorStrict != strict) {
            // The pack is parsed already: only the strictness is new.
            generator = ContractGenerator.builder().templates(generator.templates()).strict(strict).build();
        }
        generatorStrict = strict;
        return generator;
    }
}

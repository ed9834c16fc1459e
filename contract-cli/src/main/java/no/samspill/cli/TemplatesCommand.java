package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import no.samspill.templates.FreemarkerTemplatePack;
import no.samspill.templates.PackClause;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code samspill templates}: the clauses of a pack, and the built-in pack as a directory to start from. */
@Command(
        name = "templates",
        header = "List, show or export the clauses of a template pack.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lists the clauses of a template pack, shows one, or exports the built-in pack.",
        subcommands = {
            TemplatesCommand.ListClauses.class,
            TemplatesCommand.Show.class,
            TemplatesCommand.Export.class
        },
        footerHeading = "%nExamples:%n",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {
            "0:The help was shown.",
            "2:Usage error: no subcommand, an unknown one, or an unknown option. Each subcommand's --help lists "
                    + "its own exit codes.",
            "3:samspill failed unexpectedly (one line on standard error)."
        },
        footer = {
            "  samspill templates list",
            "  samspill templates show vision",
            "  samspill templates export firmaklausuler/"
        })
final class TemplatesCommand extends BaseCommand implements Callable<Integer> {

    /** A broken --templates pack, said in the exit-code lists of the subcommands that read one. */
    private static final String PACK_BROKEN = "3:The --templates pack could not be read, " + ExitCodes.UNEXPECTED + ".";

    @Override
    public Integer call() {
        return UsageErrors.missingSubcommand(spec.commandLine());
    }

    private static FreemarkerTemplatePack pack(PackOptions options) {
        return options.templates == null ? FreemarkerTemplatePack.builtIn()
                : FreemarkerTemplatePack.fromDirectory(options.templates);
    }

    private static String condition(PackClause clause) {
        return clause.condition() == null ? "always" : "when " + clause.condition();
    }

    @Command(
            name = "list",
            header = "List the clauses of a pack in document order.",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = "Lists the clauses in document order: id, version, languages and the condition "
                    + "that includes the clause. A * marks a clause with a template of your own (--templates).",
            exitCodeListHeading = ExitCodes.HEADING,
            exitCodeList = {"0:The clauses were listed.", "2:Usage error: an unknown option or argument.", PACK_BROKEN},
            footerHeading = "%nExamples:%n",
            footer = {"  samspill templates list", "  samspill templates list --templates firmaklausuler/"})
    static final class ListClauses extends PackCommand implements Callable<Integer> {

        @Override
        public Integer call() {
            List<PackClause> clauses = pack(pack).clauses();
            int width = clauses.stream().mapToInt(c -> c.id().length()).max().orElse(2) + 3;
            PrintWriter out = spec.commandLine().getOut();
            out.println(pad("clause", width) + pad("version", 9) + pad("languages", 11) + "included");
            for (PackClause clause : clauses) {
                String id = clause.id() + (clause.ownTemplates().isEmpty() ? "" : " *");
                out.println(pad(id, width) + pad(Integer.toString(clause.version()), 9)
                        + pad(String.join(", ", clause.languages()), 11) + condition(clause));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "show",
            header = "Show one clause and its templates.",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = "Shows one clause: its version, languages and condition, and the template of each "
                    + "language with where it comes from.",
            exitCodeListHeading = ExitCodes.HEADING,
            exitCodeList = {"0:The clause was shown.",
                "2:Usage error: an unknown option, no ID, or an ID the pack has no clause for.", PACK_BROKEN},
            footerHeading = "%nExamples:%n",
            footer = {"  samspill templates show vision", "  samspill templates show vision --templates firmaklausuler/"})
    static final class Show extends PackCommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", completionCandidates = ClauseIds.class,
                description = "The clause id, as samspill templates list shows it.")
        private String id;

        @Override
        public Integer call() {
            FreemarkerTemplatePack templates = pack(pack);
            PackClause clause = templates.clause(id).orElse(null);
            if (clause == null) {
                spec.commandLine().getErr().println("samspill: the pack has no clause \"" + id
                        + "\"; samspill templates list shows its clauses");
                return ExitCodes.USAGE;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("clause:     " + clause.id());
            out.println("version:    " + clause.version());
            out.println("languages:  " + String.join(", ", clause.languages()));
            out.println("included:   " + condition(clause));
            for (String template : clause.templates()) {
                String origin = clause.ownTemplates().contains(template) ? pack.templates.resolve(template).toString()
                        : "built-in " + template;
                out.println();
                out.println("--- " + origin);
                out.print(templates.source(template).orElse(""));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "export",
            header = "Write the built-in pack as a directory to start your own.",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = "Writes the built-in pack into DIR, with the examples and their golden snapshots: the "
                    + "starting point of your own pack. Change what you need, then use --templates DIR with every "
                    + "command, and run samspill check --templates DIR in your CI.",
            exitCodeListHeading = ExitCodes.HEADING,
            exitCodeList = {"0:The pack was written.", "2:Usage error: an unknown option, or no DIR.",
                "3:DIR has files (without --force) or is a file, a file could not be written, "
                        + ExitCodes.UNEXPECTED + "."},
            footerHeading = "%nExamples:%n",
            footer = {"  samspill templates export firmaklausuler/", "  samspill check --templates firmaklausuler/"})
    static final class Export extends BaseCommand implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", description = "A directory that does not exist yet, or is empty.")
        private Path directory;

        @Option(names = "--force", description = "Write into DIR even if it has files; files of the same name are replaced.")
        private boolean force;

        @Mixin
        private QuietOption quietOption;

        @Override
        public Integer call() {
            if (!force && Files.isDirectory(directory) && !isEmpty(directory)) {
                spec.commandLine().getErr().println("samspill: " + directory
                        + " is not empty and may hold your own templates; use --force to write into it anyway");
                return ExitCodes.FAILURE;
            }
            if (Files.exists(directory) && !Files.isDirectory(directory)) {
                spec.commandLine().getErr().println("samspill: " + directory + " is a file, not a directory");
                return ExitCodes.FAILURE;
            }
            List<String> pack = FreemarkerTemplatePack.exportBuiltIn(directory);
            List<String> examples = FreemarkerTemplatePack.exportBuiltInExamples(directory);
            PrintWriter out = spec.commandLine().getOut();
            if (!quietOption.quiet) {
                out.println("Wrote the built-in pack to " + directory + ": " + pack.size() + " files, and "
                        + examples.size() + " examples with their snapshots.");
                out.println("Check it with: samspill check --templates " + directory);
            }
            out.flush();
            return ExitCodes.OK;
        }

        private static boolean isEmpty(Path directory) {
            try (Stream<Path> entries = Files.list(directory)) {
                return entries.findAny().isEmpty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(1, width - s.length()));
    }
}

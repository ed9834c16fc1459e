package no.samspill.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import no.samspill.ContractGenerator;
import no.samspill.Edition;
import no.samspill.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code samspill validate FILE...}: checks descriptions and lists every problem. */
@Command(
        name = "validate",
        header = "Check descriptions and list every problem.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Checks contract descriptions against the format and lists every problem,",
            "each as FILE:LINE:COLUMN: PATH: MESSAGE. Writes nothing."
        },
        footerHeading = "%nExamples:%n",
        footer = {"  samspill validate avtale.yaml", "  samspill validate contracts/*.yaml",
            "  samspill validate avtale.yaml --lang nb,en --parallel"})
final class ValidateCommand extends PackCommand implements Callable<Integer> {

    @ParentCommand
    private SamspillCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Contract descriptions (YAML) to check.")
    private List<Path> files;

    @Mixin
    private EditionOptions editionOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = ExitCodes.OK;
        // Built before the first file, as generate does: a broken pack is the pack's failure, said
        // once (pack.yaml:LINE: ...), not an unexpected failure of each description.
        ContractGenerator generator = parent.generator(pack);
        for (Path file : files) {
            String unreadable = InputFiles.whyUnreadable(file);
            if (unreadable != null) {
                Messages.error(err, unreadable);
                exit = Math.max(exit, ExitCodes.FAILURE);
                continue;
            }
            Set<Problem> problems = new LinkedHashSet<>();
            try {
                for (Edition edition : editionOptions.editions()) {
                    problems.addAll(generator.validate(file, edition).problems());
                }
            } catch (UncheckedIOException e) {
                Messages.error(err, FailureHandler.describe(e));
                exit = Math.max(exit, ExitCodes.FAILURE);
                continue;
            } catch (RuntimeException | Error e) {
                // As in generate: one line naming the file, and the other files are still checked.
                Messages.error(err, file + ": " + FailureHandler.unexpected(e));
                exit = Math.max(exit, ExitCodes.FAILURE);
                continue;
            }
            if (problems.isEmpty()) {
                Messages.line(out, file + ": valid");
            } else {
                printProblems(err, problems.stream().sorted(Problem.BY_POSITION).toList());
                exit = Math.max(exit, ExitCodes.INVALID);
            }
        }
        out.flush();
        err.flush();
        return exit;
    }

    static void printProblems(PrintWriter err, List<Problem> problems) {
        // A problem quotes the description's keys and values: shown escaped, never obeyed.
        problems.forEach(problem -> Messages.line(err, problem.toString()));
        err.println(Problem.summary(problems.size()));
    }
}

package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Each command's help lists the exit codes that command returns, no more and no fewer: for every
 * command, one run per code, each returning a code its help lists, and together every code it
 * lists. Exit code 3 for an unexpected failure is had by making the command's construction fail,
 * as the library failing would; where a command has a real failure of its own, that is run
 * instead. check's 0 and 1 take a full pack check each and are CheckCommandTest's.
 */
class ExitCodesTest {

    @TempDir
    static Path dir;

    /** A run of the command line; {@code failing} makes the command fail unexpectedly. */
    record Run(String[] args, Class<?> failing) {
        static Run of(String... args) {
            return new Run(args, null);
        }

        static Run failing(Class<?> command, String... args) {
            return new Run(args, command);
        }

        int exitCode() {
            if (failing == null) {
                return CliRun.of(args).exitCode();
            }
            CommandLine.IFactory standard = CommandLine.defaultFactory();
            return CliRun.with(new CommandLine.IFactory() {
                @Override
                public <K> K create(Class<K> type) throws Exception {
                    if (type == failing) {
                        throw new IllegalStateException("rigged to fail");
                    }
                    return standard.create(type);
                }
            }, args).exitCode();
        }
    }

    static Stream<String> commands() {
        return HelpTextTest.commands();
    }

    /** For each command, the runs that return each exit code. */
    private static Map<String, Map<Integer, Run>> runs() throws IOException {
        Path valid = Descriptions.write(dir, "valid.yaml", Descriptions.noWarnings());
        Path invalid = Descriptions.write(dir, "invalid.yaml", "samspill: 1\n");
        Path missing = dir.resolve("missing.yaml");
        Path existing = Descriptions.write(dir, "existing.yaml", "my own work");
        Path aFile = Descriptions.write(dir, "a-file", "not a directory");
        String noPack = dir.resolve("no-pack").toString();
        Map<String, Map<Integer, Run>> runs = new LinkedHashMap<>();
        runs.put("samspill", Map.of(0, Run.of("--help"), 2, Run.of(), 3, Run.failing(ValidateCommand.class, "--help")));
        runs.put("samspill validate", Map.of(0, Run.of("validate", valid.toString()),
                1, Run.of("validate", invalid.toString()), 2, Run.of("validate"),
                3, Run.of("validate", missing.toString())));
        runs.put("samspill generate", Map.of(0, Run.of("generate", valid.toString(), "-d", dir.resolve("out").toString()),
                1, Run.of("generate", invalid.toString()), 2, Run.of("generate"),
                3, Run.of("generate", missing.toString())));
        runs.put("samspill init", Map.of(0, Run.of("init"), 2, Run.of("init", "--base", "SSA-X"),
                3, Run.of("init", existing.toString())));
        runs.put("samspill schema", Map.of(0, Run.of("schema"), 2, Run.of("schema", "-o", "schema.yaml"),
                3, Run.of("schema", "-o", aFile.resolve("schema.json").toString())));
        runs.put("samspill bases", Map.of(0, Run.of("bases"), 2, Run.of("bases", "extra"),
                3, Run.of("bases", "--templates", noPack)));
        runs.put("samspill templates", Map.of(0, Run.of("templates", "--help"), 2, Run.of("templates"),
                3, Run.failing(TemplatesCommand.class, "templates")));
        runs.put("samspill templates list", Map.of(0, Run.of("templates", "list"), 2, Run.of("templates", "list", "x"),
                3, Run.of("templates", "list", "--templates", noPack)));
        runs.put("samspill templates show", Map.of(0, Run.of("templates", "show", "vision"),
                2, Run.of("templates", "show", "visjon"), 3, Run.of("templates", "show", "vision", "--templates", noPack)));
        runs.put("samspill templates export", Map.of(0, Run.of("templates", "export", dir.resolve("pack").toString()),
                2, Run.of("templates", "export"), 3, Run.of("templates", "export", aFile.toString())));
        runs.put("samspill check", Map.of(2, Run.of("check", "--update"),
                3, Run.of("check", "--templates", noPack)));
        runs.put("samspill completion", Map.of(0, Run.of("completion"), 2, Run.of("completion", "extra"),
                3, Run.failing(CompletionCommand.class, "completion")));
        return runs;
    }

    /** check's 0 and 1, which CheckCommandTest runs. */
    private static final Map<String, Set<Integer>> RUN_ELSEWHERE = Map.of("samspill check", Set.of(0, 1));

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void theHelpListsExactlyTheExitCodesTheCommandReturns(String command) throws IOException {
        Map<Integer, Run> runs = runs().get(command);
        assertThat(runs).as("runs for " + command).isNotNull();
        Set<Integer> listed = listed(command);

        Map<Integer, Integer> returned = runs.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().exitCode()));

        returned.forEach((expected, actual) -> assertThat(actual).as(command + ", the run for " + expected)
                .isEqualTo(expected));
        Set<Integer> covered = new TreeSet<>(returned.keySet());
        covered.addAll(RUN_ELSEWHERE.getOrDefault(command, Set.of()));
        assertThat(listed).as("the exit codes the help of " + command + " lists").isEqualTo(covered);
    }

    private static Set<Integer> listed(String qualifiedName) {
        CommandLine command = new CommandLine(new SamspillCommand());
        for (String name : qualifiedName.split(" ")) {
            if (!name.equals(command.getCommandName())) {
                command = command.getSubcommands().get(name);
            }
        }
        return command.getCommandSpec().usageMessage().exitCodeList().keySet().stream()
                .map(String::strip).map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

}

package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Every command's help reads as written at 80 columns, the width picocli uses and docs/cli.md
 * shows. picocli wraps each description string to the width itself, so the faults a reader sees
 * come from the strings: a sentence split over several strings is broken again wherever the
 * string ends ("It" alone at the end of a line, "is valid" on the next), and picocli's line
 * breaker (java.text.BreakIterator) breaks after a dot or a hyphen, so a long file name can be
 * split at the edge ("samspill.schema." / "json"). The rules, over the help at 80 columns and
 * the same help laid out unwrapped (2,000 columns):
 * <ol>
 *   <li>no line is longer than 80 columns;
 *   <li>the words (what stands between spaces) are the same, in the same order: a line is
 *       broken only where a space was;
 *   <li>unwrapped, every line of prose (the header, a paragraph of the description, an option's
 *       or an exit code's text, a command in the list) ends a sentence: a string that ends
 *       mid-sentence is a hand-made break;
 *   <li>an indented line of the description or of the examples (a command to copy) is not
 *       wrapped at all.
 * </ol>
 */
class HelpTextTest {

    private static final int WIDTH = 80;
    private static final int UNWRAPPED = 2000;
    private static final List<String> PROSE = List.of(UsageMessageSpec.SECTION_KEY_HEADER,
            UsageMessageSpec.SECTION_KEY_DESCRIPTION, UsageMessageSpec.SECTION_KEY_PARAMETER_LIST,
            UsageMessageSpec.SECTION_KEY_OPTION_LIST, UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST,
            UsageMessageSpec.SECTION_KEY_COMMAND_LIST);
    private static final List<String> VERBATIM = List.of(UsageMessageSpec.SECTION_KEY_DESCRIPTION,
            UsageMessageSpec.SECTION_KEY_FOOTER);

    static Stream<String> commands() {
        List<String> names = new ArrayList<>();
        collect(new CommandLine(new SamspillCommand()), names);
        return names.stream();
    }

    private static void collect(CommandLine command, List<String> names) {
        names.add(command.getCommandSpec().qualifiedName());
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                collect(sub, names);
            }
        });
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void noLineIsLongerThanEightyColumns(String command) {
        assertThat(usage(command, WIDTH).lines().filter(line -> line.length() > WIDTH)).isEmpty();
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void linesAreBrokenOnlyWhereThereWasASpace(String command) {
        List<String> narrow = words(usage(command, WIDTH));
        List<String> unwrapped = words(usage(command, UNWRAPPED));
        int first = 0;
        while (first < Math.min(narrow.size(), unwrapped.size()) && narrow.get(first).equals(unwrapped.get(first))) {
            first++;
        }
        assertThat(first).as("at 80 columns, after \"%s\", the help has \"%s\" where unwrapped it has \"%s\"",
                        String.join(" ", narrow.subList(Math.max(0, first - 6), first)),
                        first < narrow.size() ? narrow.get(first) : "(the end)",
                        first < unwrapped.size() ? unwrapped.get(first) : "(the end)")
                .isEqualTo(Math.max(narrow.size(), unwrapped.size()));
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void everyLineOfProseEndsASentenceWhenNothingIsWrapped(String command) {
        CommandLine line = find(command, UNWRAPPED);
        List<String> unfinished = new ArrayList<>();
        for (String key : PROSE) {
            for (String text : section(line, key).lines().toList()) {
                boolean verbatim = key.equals(UsageMessageSpec.SECTION_KEY_DESCRIPTION) && text.startsWith(" ");
                // A long option alone on its line, its text on the next, is a label, not prose.
                boolean label = !text.strip().contains(" ");
                if (!text.isBlank() && !verbatim && !label && !text.strip().matches(".*[.:;!?)]$")) {
                    unfinished.add(key + ": " + text.strip());
                }
            }
        }
        assertThat(unfinished).isEmpty();
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void examplesAndOtherIndentedLinesAreNotWrapped(String command) {
        List<String> wrapped = new ArrayList<>();
        for (String key : VERBATIM) {
            List<String> narrow = section(find(command, WIDTH), key).lines().toList();
            section(find(command, UNWRAPPED), key).lines()
                    .filter(text -> text.startsWith(" ") && !narrow.contains(text.stripTrailing()))
                    .forEach(wrapped::add);
        }
        assertThat(wrapped).isEmpty();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }

    private static String usage(String command, int width) {
        return find(command, width).getUsageMessage(Help.Ansi.OFF);
    }

    private static String section(CommandLine command, String key) {
        Map<String, CommandLine.IHelpSectionRenderer> renderers = command.getHelpSectionMap();
        CommandLine.IHelpSectionRenderer renderer = renderers.get(key);
        return renderer == null ? "" : renderer.render(command.getHelp()).replace("\r\n", "\n");
    }

    /** The command of that qualified name, in a command line laid out {@code width} columns wide. */
    private static CommandLine find(String qualifiedName, int width) {
        CommandLine command = new CommandLine(new SamspillCommand()).setUsageHelpWidth(width);
        for (String name : qualifiedName.split(" ")) {
            if (!name.equals(command.getCommandName())) {
                command = command.getSubcommands().get(name);
            }
        }
        return command;
    }
}

package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the format, broken in a description and checked through {@code samspill validate}:
 * the exact problem lines, with line, column, path and message. The cases are in
 * {@code rules/cases.txt}, each a change to the valid {@code rules/base.yaml}.
 */
class FormatRulesTest {

    /** A broken description: its name, the changed lines and the problems it must give. */
    record Case(String name, Map<Integer, List<String>> replacements, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }

        String apply(List<String> base) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < base.size(); i++) {
                List<String> replacement = replacements.get(i + 1);
                if (replacement == null) {
                    lines.add(base.get(i));
                } else {
                    lines.addAll(replacement);
                }
            }
            return String.join("\n", lines) + "\n";
        }
    }

    @TempDir
    Path dir;

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String name = null;
        Map<Integer, List<String>> replacements = null;
        List<String> expected = null;
        for (String line : resource("cases.txt").split("\n")) {
            if (line.startsWith("== ")) {
                if (name != null) {
                    cases.add(new Case(name, replacements, expected));
                }
                name = line.substring(3);
                replacements = new LinkedHashMap<>();
                expected = new ArrayList<>();
            } else if (line.startsWith("@")) {
                int space = line.indexOf(' ');
                int number = Integer.parseInt(line.substring(1, space));
                replacements.computeIfAbsent(number, n -> new ArrayList<>()).add(line.substring(space + 1));
            } else if (line.startsWith("> ")) {
                expected.add(line.substring(2));
            }
        }
        cases.add(new Case(name, replacements, expected));
        return cases.stream();
    }

    @Test
    void theBaseDescriptionIsValid() throws IOException {
        Path file = Files.writeString(dir.resolve("base.yaml"), resource("base.yaml"));

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBrokenRuleGivesExactlyItsProblemLines(Case rule) throws IOException {
        List<String> base = Arrays.asList(resource("base.yaml").split("\n"));
        Path file = Files.writeString(dir.resolve("case.yaml"), rule.apply(base));

        CliRun run = CliRun.of("validate", file.toString());

        List<String> expected = rule.expected().stream().map(line -> file + ":" + line).toList();
        int count = rule.expected().size();
        assertThat(run.exitCode()).isEqualTo(1);
        // base.yaml has warnings of the structural checks, which have tests of their own: here only
        // the problems count, and the summary's count of them.
        List<String> lines = run.err().lines().filter(line -> !line.contains(": warning: ")).toList();
        assertThat(lines.subList(0, lines.size() - 1)).containsExactlyElementsOf(expected);
        assertThat(lines.get(lines.size() - 1))
                .matches(count + " problems? (and \\d+ warnings? )?found; no document was written\\.");
    }

    private static String resource(String name) {
        try (InputStream in = FormatRulesTest.class.getResourceAsStream("/rules/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

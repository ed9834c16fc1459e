package no.samspill.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import no.samspill.catalogue.BaseAgreementCatalogue;
import no.samspill.catalogue.BaseAgreementVersion;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every pattern of the schema means the same to the three engines that check schemas: Java's
 * (the validator and networknt), JavaScript's with the {@code u} flag (the YAML language server)
 * and Python's {@code re} (the {@code jsonschema} package, which calls {@code re.search}). Each
 * pattern is compiled by each and tried on the same strings; Python and node are run once each.
 */
class PatternEnginesTest {

    /** Values on both sides of every pattern's edges: the kinds the schema has, and what trips engines up. */
    private static final List<String> SAMPLES = List.of(
            "", " ", "a", "abc", "a\n", "\n", "a\r", "a\u2028b", "a\u0085", "faster-documentation", "Faster", "a_b",
            "a" + "b".repeat(39), "a" + "b".repeat(40), "true", "false", "TRUE", "True", " true ", "tRUE", "yes",
            "10", " 10 ", "\t10", "+10", "-1", "010", "1 0", "10.0", "1e3", "\u0661\u0660", "\uFF12", "\uD835\uDFD9",
            "1", "01", "+1", "\u0661", "2",
            "P5Y", "p5y", " P5Y", "P5Y6M", "P2W", "P1Y2M3W4D", "P0D", "P0Y0M", "-P5Y", "P-5Y", "-P-5Y", "P5Y-0M",
            "+P5Y", "P+5Y", "-P-0Y-60M", "P", "PT5H", "P1.5Y", "P\u0665Y",
            "983 658 725", "983658725", " 983658725 ", "9 8 3 6 5 8 7 2 5", "98365872", "9836587250",
            "983-658-725", "983\t658725",
            "6.2", "11.3", "6", "6.2.1.1", "6.2.1.1.1", "123", "6.", ".5", "\u0666.\u0662",
            "HNV-2026-017", "2026/017_a.b", "\u00C6rlig", "\u65E5\u672C-17", "\u0663\u0664", "\uD835\uDD38\uD835\uDFD9",
            "\u216B", "e\u0301", "a b", "a:b", "R".repeat(40), "R".repeat(41),
            "2026-12-01", " 2026-12-01", "2026-12-01 ", "2026-12-1", " 2026-12-01\n",
            "ola@localhost", "ola.hansen@example.no", "ola hansen@example.no", "\"ola hansen\"@example.no",
            "ola@@example.no", "ola.@example.no", "\u00E6@example.no", "\uD83D\uDE00@example.no");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<String> patterns;

    @TempDir
    Path dir;

    @BeforeAll
    static void collectThePatterns() throws IOException {
        JsonNode schema = JSON.readTree(new SchemaWriter(new BaseAgreementCatalogue(List.of(
                new no.samspill.catalogue.BaseAgreement("SSA-T", "SSA-T", "SSA-T",
                        List.of(new BaseAgreementVersion("2020", null, null, null, null)))))).schema());
        Set<String> found = new LinkedHashSet<>(schema.findValuesAsText("pattern"));
        patterns = new ArrayList<>(found);
        assertThat(patterns).hasSizeGreaterThan(8);
    }

    @Test
    void noPatternUsesWhatSomeEngineReadsDifferently() {
        assertThat(patterns).allSatisfy(p -> assertThat(p)
                .doesNotContain("\\p{", "\\P{", "\\d", "\\w", "\\z", "\\Z", "(?<", "(?i")
                .startsWith("^")
                .endsWith(PortablePatterns.END)
                .doesNotContainPattern("(?<!\\\\)\\$"));
    }

    @Test
    void pythonsReMatchesWhatJavaMatches() throws IOException, InterruptedException {
        String script = """
                import json, re, sys
                data = json.load(sys.stdin)
                print(json.dumps([[re.search(p, s) is not None for s in data["samples"]] for p in data["patterns"]]))
                """;
        assertTheEngineAgrees("python3", List.of("python3", "-c", script));
    }

    @Test
    void javaScriptWithTheUnicodeFlagMatchesWhatJavaMatches() throws IOException, InterruptedException {
        String script = """
                let input = '';
                process.stdin.on('data', d => input += d);
                process.stdin.on('end', () => {
                  const data = JSON.parse(input);
                  console.log(JSON.stringify(data.patterns.map(p => {
                    const re = new RegExp(p, 'u');
                    return data.samples.map(s => re.test(s));
                  })));
                });
                """;
        assertTheEngineAgrees("node", List.of("node", "-e", script));
    }

    /** Java's answers, by {@code find} as JSON Schema has a pattern found anywhere in a value. */
    private static boolean[][] javasAnswers() {
        boolean[][] answers = new boolean[patterns.size()][SAMPLES.size()];
        for (int p = 0; p < patterns.size(); p++) {
            Pattern compiled = Pattern.compile(patterns.get(p));
            for (int s = 0; s < SAMPLES.size(); s++) {
                answers[p][s] = compiled.matcher(SAMPLES.get(s)).find();
            }
        }
        return answers;
    }

    private void assertTheEngineAgrees(String program, List<String> command) throws IOException, InterruptedException {
        requireOnPath(program);
        ObjectNode input = JSON.createObjectNode();
        ArrayNode patternArray = input.putArray("patterns");
        patterns.forEach(patternArray::add);
        ArrayNode sampleArray = input.putArray("samples");
        SAMPLES.forEach(sampleArray::add);
        Path inputFile = Files.writeString(dir.resolve("input.json"), JSON.writeValueAsString(input));
        Path errFile = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command)
                .redirectInput(inputFile.toFile())
                .redirectError(errFile.toFile())
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(program + " did not finish within 60 s");
        }
        assertThat(process.exitValue()).as("%s failed: %s", program, Files.readString(errFile)).isZero();
        JsonNode answers = JSON.readTree(new String(out, StandardCharsets.UTF_8));
        boolean[][] java = javasAnswers();
        List<String> disagreements = new ArrayList<>();
        for (int p = 0; p < patterns.size(); p++) {
            for (int s = 0; s < SAMPLES.size(); s++) {
                if (answers.get(p).get(s).asBoolean() != java[p][s]) {
                    disagreements.add(abbreviated(patterns.get(p)) + " on " + JSON.writeValueAsString(SAMPLES.get(s))
                            + ": Java " + java[p][s] + ", " + program + " " + !java[p][s]);
                }
            }
        }
        assertThat(disagreements).as("where %s and Java disagree", program).isEmpty();
        for (int p = 0; p < patterns.size(); p++) {
            assertThat(new String(toChars(java[p])))
                    .as("the samples tell %s apart: it matches some and not others", abbreviated(patterns.get(p)))
                    .contains("+").contains("-");
        }
    }

    private static char[] toChars(boolean[] row) {
        char[] chars = new char[row.length];
        for (int i = 0; i < row.length; i++) {
            chars[i] = row[i] ? '+' : '-';
        }
        return chars;
    }

    private static String abbreviated(String pattern) {
        return pattern.length() <= 120 ? pattern : pattern.substring(0, 117) + "...";
    }

    /** Skips where the program is missing, except in CI, where a skipped check proves nothing. */
    private static void requireOnPath(String program) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String folder : path.split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(folder, program))) {
                    return;
                }
            }
        }
        String reason = program + " is not on the PATH, so the schema's patterns are not tried in its engine";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(reason + ", and CI=true forbids skipping it");
        }
        System.err.println("SKIPPED: " + reason);
        Assumptions.abort(reason);
    }
}

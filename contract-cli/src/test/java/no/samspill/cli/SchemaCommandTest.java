package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.samspill.ContractGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema is checked with an independent validator, against the examples and the meta-schema. */
class SchemaCommandTest {

    private static final Path EXAMPLES = Path.of("..", "contract-templates", "examples");
    private static final Path COMMITTED_SCHEMA = Path.of("..", "docs", "samspill.schema.json");
    private static final String REGENERATE = "./samspill schema -o docs/samspill.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig ASSERT_FORMATS =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private static String printed;
    private static JsonNode schemaNode;
    private static JsonSchema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void printTheSchema() throws IOException {
        CliRun run = CliRun.of("schema");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        printed = run.out();
        schemaNode = JSON.readTree(printed);
        schema = FACTORY.getSchema(printed, InputFormat.JSON, ASSERT_FORMATS);
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertThat(yaml).isNotEmpty();
            return yaml.stream();
        }
    }

    @Test
    void theSchemaIsAValidDraft2020_12SchemaWithAnIdAndTitle() {
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012), ASSERT_FORMATS);

        assertThat(metaSchema.validate(schemaNode)).isEmpty();
        assertThat(schemaNode.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schemaNode.path("$id").asText()).isNotBlank();
        assertThat(schemaNode.path("title").asText()).contains("format version 1");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleSatisfiesTheSchema(Path example) throws IOException {
        assertThat(schema.validate(YAML.readTree(example.toFile()))).isEmpty();
    }

    @Test
    void aTextMayBeGivenPerLanguageAndOnlyInTheFormatsLanguages() throws IOException {
        ObjectNode description = (ObjectNode) YAML.readTree(EXAMPLES.resolve("drift-ssa-d.yaml").toFile());
        ObjectNode details = (ObjectNode) description.get("contract");
        details.set("title", perLanguage("Driftsavtale", "Operations Agreement"));
        description.set("vision", perLanguage("Sammen skal vi.", "Together we shall."));
        ObjectNode forum = (ObjectNode) description.get("governance").get("forums").get(0);
        forum.set("name", perLanguage("Styringsgruppe", "Steering Group"));
        forum.withArray("responsibilities").set(0, perLanguage("Vedta planer", "Adopt plans"));
        ObjectNode measure = (ObjectNode) description.get("objectives").get(0).get("measures").get(0);
        measure.set("baseline", perLanguage("ikke målt", "not measured"));

        assertThat(schema.validate(description)).isEmpty();

        ((ObjectNode) details.get("title")).put("de", "Betriebsvertrag");
        assertThat(schema.validate(description)).as("a language the format does not have").isNotEmpty();
        details.set("title", JSON.createObjectNode());
        assertThat(schema.validate(description)).as("a mapping without a text").isNotEmpty();
        details.set("title", perLanguage("Driftsavtale", "Operations Agreement"));
        ((ObjectNode) description.get("parties").get("customer")).set("name", perLanguage("A", "B"));
        assertThat(schema.validate(description)).as("a name is the same in every language").isNotEmpty();
    }

    private static ObjectNode perLanguage(String nb, String en) {
        return JSON.createObjectNode().put("nb", nb).put("en", en);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleNamesTheCommittedSchemaForEditorsOnItsFirstLine(Path example) throws IOException {
        assertThat(Files.readAllLines(example, StandardCharsets.UTF_8).get(0))
                .isEqualTo("# yaml-language-server: $schema=../../docs/samspill.schema.json");
    }

    @Test
    void theCommittedSchemaIsTheOneTheGeneratorWrites() throws IOException {
        String committed = Files.readString(COMMITTED_SCHEMA, StandardCharsets.UTF_8);

        assertThat(committed)
                .as("docs/samspill.schema.json is out of date with the model; regenerate it with %s", REGENERATE)
                .isEqualTo(ContractGenerator.create().schema());
    }

    @Test
    void anUnknownKeyIsRejected() {
        ObjectNode description = ehelse();
        ((ObjectNode) description.path("contract")).put("tittel", "Samarbeidsavtale");

        assertThat(problems(description)).anyMatch(m -> m.contains("tittel"));
    }

    @Test
    void aValueOutsideItsChoicesIsRejected() {
        ObjectNode description = ehelse();
        ((ObjectNode) description.path("contract")).put("status", "ferdig");

        assertThat(problems(description)).anyMatch(m -> m.contains("/contract/status"));
    }

    @Test
    void aMissingRequiredKeyIsRejected() {
        ObjectNode description = ehelse();
        description.remove("vision");

        assertThat(problems(description)).anyMatch(m -> m.contains("vision"));
    }

    @Test
    void rangesPatternsAndTheTermsExactlyOneOfDurationOrEndAreChecked() {
        ObjectNode tooLong = ehelse();
        ((ObjectNode) tooLong.path("governance").path("escalation").path(0)).put("days", 181);
        ObjectNode badId = ehelse();
        ((ObjectNode) badId.path("objectives").path(0)).put("id", "Faster documentation");
        ObjectNode badPeriod = ehelse();
        ((ObjectNode) badPeriod.path("contract").path("term")).put("duration", "5 years");
        ObjectNode bothEnds = ehelse();
        ((ObjectNode) bothEnds.path("contract").path("term")).put("end", "2031-12-31");
        ObjectNode unknownAgreement = ehelse();
        ((ObjectNode) unknownAgreement.path("contract").path("baseAgreement")).put("code", "SSA-X");

        assertThat(problems(tooLong)).anyMatch(m -> m.contains("days"));
        assertThat(problems(badId)).anyMatch(m -> m.contains("/objectives/0/id"));
        assertThat(problems(badPeriod)).anyMatch(m -> m.contains("duration"));
        assertThat(problems(bothEnds)).isNotEmpty();
        assertThat(problems(unknownAgreement)).anyMatch(m -> m.contains("code"));
    }

    @Test
    void theOptionalProcurementNoticeAndNameFieldsAreAcceptedWithinTheirRules() {
        ObjectNode description = withTheOptionalFields("general", 6, "styringsgruppen");
        ObjectNode wrongRegulation = withTheOptionalFields("foa", 6, "styringsgruppen");
        ObjectNode noticeTooLong = withTheOptionalFields("none", 25, "styringsgruppen");
        ObjectNode nameTooLong = withTheOptionalFields("utilities", 3, "s".repeat(61));

        assertThat(problems(description)).isEmpty();
        assertThat(problems(wrongRegulation)).anyMatch(m -> m.contains("/contract/procurement/regulation"));
        assertThat(problems(noticeTooLong)).anyMatch(m -> m.contains("/contract/term/extensionNoticeMonths"));
        assertThat(problems(nameTooLong)).anyMatch(m -> m.contains("/governance/forums/0/shortName"));
    }

    /** The e-health example with every field this format version added later. */
    private static ObjectNode withTheOptionalFields(String regulation, int noticeMonths, String shortName) {
        ObjectNode description = ehelse();
        ObjectNode contract = (ObjectNode) description.path("contract");
        ((ObjectNode) contract.path("baseAgreement")).put("principlesAmendment", true);
        ObjectNode term = (ObjectNode) contract.path("term");
        term.putArray("extensions").add("P1Y");
        term.put("extensionNoticeMonths", noticeMonths);
        contract.putObject("procurement").put("name", "Ny journalløsning").put("reference", "Doffin 2026-104233")
                .put("regulation", regulation);
        contract.put("dataProcessingAgreement", "Databehandleravtale 2026/0413");
        ((ObjectNode) description.path("governance").path("forums").path(0)).put("shortName", shortName);
        return description;
    }

    @Test
    void anOrganisationNumberWrittenAsABareNumberIsAcceptedByTheSchemaAsByTheReader() throws IOException {
        String text = Examples.text(Examples.EHELSE).replaceFirst("orgNumber: \"[0-9 ]+\"", "orgNumber: 983658725");
        assertThat(text).contains("orgNumber: 983658725");
        Path file = Files.writeString(dir.resolve("bare-number.yaml"), text);

        assertThat(CliRun.of("validate", file.toString()).exitCode()).isZero();
        assertThat(schema.validate(YAML.readTree(text))).isEmpty();
    }

    @Test
    void aPrincipleIsAStandardIdOrAMapping() {
        ObjectNode description = ehelse();
        description.putArray("principles")
                .add("honesty")
                .add(JSON.createObjectNode().put("id", "loyalty").put("application", "Varsle straks."))
                .add(JSON.createObjectNode().put("id", "patient-safety").put("title", "Pasientsikkerhet")
                        .put("description", "Først."));
        ObjectNode unknownStandard = ehelse();
        unknownStandard.putArray("principles").add("kindness");
        ObjectNode unknownKey = ehelse();
        unknownKey.putArray("principles").add(JSON.createObjectNode().put("id", "loyalty").put("text", "x"));

        assertThat(problems(description)).isEmpty();
        assertThat(problems(unknownStandard)).isNotEmpty();
        assertThat(problems(unknownKey)).isNotEmpty();
    }

    @Test
    void everyPropertyHasADescriptionAndEveryMappingRejectsUnknownKeys() {
        List<String> undescribed = new ArrayList<>();
        List<String> open = new ArrayList<>();
        walk(schemaNode, "#", undescribed, open);

        assertThat(undescribed).as("properties without a description").isEmpty();
        assertThat(open).as("mappings that allow unknown keys").isEmpty();
    }

    @Test
    void theDefaultsAndFixedValuesOfTheFormatAreInTheSchema() {
        JsonNode defs = schemaNode.path("$defs");

        assertThat(schemaNode.at("/properties/samspill/minimum").asInt()).isEqualTo(1);
        assertThat(schemaNode.at("/properties/samspill/maximum").asInt()).isEqualTo(1);
        assertThat(schemaNode.at("/properties/samspill/default").asInt()).isEqualTo(1);
        assertThat(defs.at("/ContractDetails/properties/language/default").asText()).isEqualTo("nb");
        assertThat(defs.at("/ContractDetails/properties/status/default").asText()).isEqualTo("draft");
        assertThat(defs.at("/Measure/properties/responsible/default").asText()).isEqualTo("joint");
        assertThat(defs.at("/Forum/properties/decisionRule/default").asText()).isEqualTo("consensus");
        assertThat(defs.at("/EarlyWarning/properties/meetingWithinDays/default").asInt()).isEqualTo(10);
        assertThat(texts(defs.at("/Status/enum"))).containsExactly("draft", "final");
        assertThat(texts(defs.at("/BaseAgreementRef/properties/code/enum")))
                .containsExactlyElementsOf(ContractGenerator.create().templates().catalogue().codes());
    }

    @Test
    void theSchemaCanBeWrittenToAFileAndIsTheSameAsPrinted() throws IOException {
        Path file = dir.resolve("samspill.schema.json");
        Files.writeString(file, "an older schema");

        CliRun run = CliRun.of("schema", "-o", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Wrote " + file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(printed);
        assertThat(printed).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void aFolderThatDoesNotExistIsMadeAsForEveryOutput() {
        Path schema = dir.resolve("nowhere").resolve("schema.json");

        CliRun run = CliRun.of("schema", "-o", schema.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(schema).content().contains("\"$schema\"");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsOnePlainLineAndExitThree() throws IOException {
        Path file = Files.writeString(dir.resolve("nowhere"), "a file");

        CliRun run = CliRun.of("schema", "-o", file.resolve("schema.json").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("samspill: ").contains("nowhere").doesNotContain("Exception");
        assertThat(file).hasContent("a file");
    }

    @Test
    void anOutputNotNamedJsonIsAUsageErrorAndNothingIsWritten() {
        CliRun run = CliRun.of("schema", "-o", dir.resolve("schema.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("schema.yaml: the JSON Schema is written here, so the name must end in .json");
        assertThat(dir.resolve("schema.yaml")).doesNotExist();
    }

    @Test
    void helpShowsTheEditorLineAndExamples() {
        CliRun run = CliRun.of("schema", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("yaml-language-server: $schema=").contains("samspill schema -o");
    }

    private static ObjectNode ehelse() {
        try {
            return (ObjectNode) YAML.readTree(Examples.text(Examples.EHELSE));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> problems(JsonNode description) {
        Set<ValidationMessage> messages = schema.validate(description);
        return messages.stream().map(ValidationMessage::toString).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static void walk(JsonNode node, String where, List<String> undescribed, List<String> open) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "/" + i, undescribed, open);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("properties") && !node.path("additionalProperties").isBoolean()) {
            open.add(where);
        }
        if (node.has("properties") && node.path("additionalProperties").asBoolean(true)) {
            open.add(where);
        }
        for (Iterator<Map.Entry<String, JsonNode>> p = node.path("properties").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> property = p.next();
            if (!property.getValue().hasNonNull("description")) {
                undescribed.add(where + "/properties/" + property.getKey());
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> f = node.fields(); f.hasNext(); ) {
            Map.Entry<String, JsonNode> field = f.next();
            // conditions on keys a mapping already defines (the term's duration or end) define no keys
            boolean condition = field.getKey().equals("if") || field.getKey().equals("then")
                    || field.getKey().equals("anyOf") && !field.getValue().path(0).has("type")
                            && !field.getValue().path(0).has("$ref");
            if (!condition) {
                walk(field.getValue(), where + "/" + field.getKey(), undescribed, open);
            }
        }
    }
}

package no.samspill.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.PathType;
import java.util.List;
import java.util.Set;
import no.samspill.Check;
import no.samspill.CheckConfiguration;
import no.samspill.Edition;
import no.samspill.Problem;
import no.samspill.SchemaCheck;
import no.samspill.Severity;
import no.samspill.internal.read.ContractReader;
import no.samspill.internal.read.ReadResult;
import no.samspill.model.Language;
import org.junit.jupiter.api.Test;

/** A pack's own checks: what their schemas see, where their findings are, and which schemas are refused. */
class SchemaChecksTest {

    private static final String FILE = "avtale.yaml";

    /** Line numbers matter: the tests look findings up by them. */
    private static final String DESCRIPTION = """
            samspill: 1
            contract:
              title: { nb: Samarbeidsavtale om journal, en: Collaboration agreement on records }
              reference: HNV-1
              status: final
              baseAgreement: { code: SSA-L }
              term: { start: 2027-01-01, duration: P5Y, extensions: [P1Y] }
            parties:
              customer: { name: Helse Nordvest RHF, orgNumber: "983 658 725" }
              supplier: { name: Journalsystemer AS, orgNumber: "923 456 783" }
            vision: { nb: Et journalverktøy helsepersonell stoler på., en: A record system clinicians trust. }
            objectives:
              - id: faster-documentation
                title: { nb: Mindre tid til dokumentasjon, en: Less time on documentation }
                measures:
                  - id: documentation-time
                    name: { nb: Tid til dokumentasjon, en: Time on documentation }
                    baseline: 30
                    target: 20.5
                    deadline: 2029-06-30
                    frequency: quarterly
                  - id: satisfaction
                    name: { nb: Tilfredshet, en: Satisfaction }
                    baseline: lav
                    target: høy
                    responsible: supplier
            principles:
              - reciprocity
              - { id: honesty, application: { nb: Vi sier fra tidlig., en: We speak up early. } }
            governance:
              forums:
                - id: steering
                  name: { nb: Styringsgruppen, en: The Steering Group }
                  level: strategic
                  frequency: quarterly
                  members: [ { party: customer, role: { nb: direktør, en: director } } ]
            """;

    private static final ReadResult READ = ContractReader.create().read(FILE, DESCRIPTION, Edition.of(Language.nb));

    // ---- what the schema sees

    @Test
    void theSchemaSeesTheDescriptionAsWrittenWithTheDefaultsFilledIn() {
        JsonNode tree = DescriptionTree.of(READ.contract());

        assertThat(READ.problems()).isEmpty();
        assertThat(tree.at("/contract/term/start").textValue()).isEqualTo("2027-01-01");
        assertThat(tree.at("/contract/term/duration").textValue()).isEqualTo("P5Y");
        assertThat(tree.at("/contract/term/extensions/0").textValue()).isEqualTo("P1Y");
        assertThat(tree.at("/contract/status").textValue()).as("a choice as YAML writes it").isEqualTo("final");
        assertThat(tree.at("/contract/language").textValue()).as("a default").isEqualTo("nb");
        JsonNode measures = tree.at("/objectives/0/measures");
        assertThat(measures.at("/0/baseline").isIntegralNumber()).isTrue();
        assertThat(measures.at("/0/baseline").intValue()).isEqualTo(30);
        assertThat(measures.at("/0/target").decimalValue()).isEqualByComparingTo("20.5");
        assertThat(measures.at("/0/deadline").textValue()).isEqualTo("2029-06-30");
        assertThat(measures.at("/0/responsible").textValue()).as("a default").isEqualTo("joint");
        assertThat(measures.at("/1/baseline").textValue()).isEqualTo("lav");
        assertThat(measures.at("/1/responsible").textValue()).isEqualTo("supplier");
        assertThat(tree.at("/governance/earlyWarning/meetingWithinDays").intValue()).as("a default").isEqualTo(10);
        assertThat(tree.at("/principles/0").textValue()).as("a principle by its id alone").isEqualTo("reciprocity");
        assertThat(tree.at("/principles/1/id").textValue()).isEqualTo("honesty");
    }

    @Test
    void theSchemaSeesEachTextInTheEditionsLanguage() {
        ReadResult english = ContractReader.create().read(FILE, DESCRIPTION, Edition.of(Language.en));

        assertThat(DescriptionTree.of(READ.contract()).at("/vision").textValue())
                .isEqualTo("Et journalverktøy helsepersonell stoler på.");
        assertThat(DescriptionTree.of(english.contract()).at("/vision").textValue())
                .isEqualTo("A record system clinicians trust.");
        assertThat(DescriptionTree.of(english.contract()).at("/principles/1/application").textValue())
                .isEqualTo("We speak up early.");
    }

    @Test
    void whatTheDescriptionLeavesOutIsNotThereAndNoDerivedValueIsAKey() {
        JsonNode tree = DescriptionTree.of(READ.contract());

        assertThat(tree.has("background")).isFalse();
        assertThat(tree.has("risks")).as("an absent list").isFalse();
        assertThat(tree.has("expectations")).as("a mapping with nothing in it").isFalse();
        assertThat(tree.has("checks")).isFalse();
        assertThat(tree.at("/objectives/0/measures/1").has("deadline")).isFalse();
        assertThat(tree.at("/contract/term").has("end")).isFalse();
        // records' own methods (isDraft, isEmpty, isStandard, lastDay) are not part of the format
        assertThat(tree.at("/contract").has("draft")).isFalse();
        assertThat(tree.at("/contract/term").has("lastDay")).isFalse();
        assertThat(tree.at("/principles/1").has("standard")).isFalse();
    }

    // ---- where the findings are

    @Test
    void aJsonPointerBecomesTheProjectsPath() {
        JsonNodePath pointer = new JsonNodePath(PathType.JSON_POINTER)
                .append("objectives").append(0).append("measures").append(1).append("target");

        assertThat(pointer.toString()).isEqualTo("/objectives/0/measures/1/target");
        assertThat(SchemaChecks.path(pointer)).isEqualTo("objectives[0].measures[1].target");
        assertThat(SchemaChecks.path(new JsonNodePath(PathType.JSON_POINTER))).isEqualTo(Problem.DOCUMENT_PATH);
        assertThat(SchemaChecks.path(new JsonNodePath(PathType.JSON_POINTER).append("principles").append(3)))
                .isEqualTo("principles[3]");
    }

    @Test
    void aFindingIsAtTheLineAndColumnOfTheValueThatFailsWithThePacksCodeSeverityAndMessage() {
        List<Problem> findings = findings(check("target-numeric", Severity.ERROR, "every target is a number", """
                {"properties": {"objectives": {"items": {"properties": {"measures": {"items":
                    {"properties": {"target": {"type": "number"}}}}}}}}}
                """));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("objectives[0].measures[1].target");
            assertThat(finding.line()).isEqualTo(25);
            assertThat(finding.column()).isEqualTo(17);
            assertThat(finding.code()).isEqualTo("target-numeric");
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.message()).isEqualTo("every target is a number (string found, number expected)");
            assertThat(finding.toString()).isEqualTo("avtale.yaml:25:17: objectives[0].measures[1].target:"
                    + " every target is a number (string found, number expected) [target-numeric]");
        });
    }

    @Test
    void aTextGivenPerLanguageIsFoundAtTheEntryOfTheEditionsLanguage() {
        SchemaCheck shortVision = check("vision-short", Severity.WARNING, "the vision is one short sentence",
                "{\"properties\": {\"vision\": {\"maxLength\": 20}}}");
        ContractValidator validator = validator(shortVision);

        List<Problem> findings = validator.validate(READ.contract(), READ.sourceMap(), FILE, READ.languageMaps());

        assertThat(findings).filteredOn(p -> p.code().equals("vision-short"))
                .extracting(Problem::path, Problem::line, Problem::column, Problem::isWarning)
                .containsExactly(tuple("vision.nb", 11, 15, true));
    }

    @Test
    void aMissingValueIsFoundAtItsOwnPathAndPlacedAtTheNearestValueTheFileHas() {
        // The default of 10 days is what the schema sees; the file has no earlyWarning at all.
        List<Problem> findings = findings(check("early-warning-within-a-week", Severity.ERROR,
                "the parties meet within 7 days of an early warning", """
                {"properties": {"governance": {"required": ["healthCheck"],
                  "properties": {"earlyWarning": {"properties": {"meetingWithinDays": {"maximum": 7}}}}}}}
                """));

        assertThat(findings).extracting(Problem::path, Problem::line, Problem::column, Problem::message).containsExactly(
                tuple("governance.earlyWarning.meetingWithinDays", 31, 3,
                        "the parties meet within 7 days of an early warning (must have a maximum value of 7)"),
                tuple("governance.healthCheck", 31, 3,
                        "the parties meet within 7 days of an early warning (required property 'healthCheck' not found)"));
    }

    @Test
    void aConditionWrittenWithIfAndThenIsFoundAtTheValueTheThenPartRules() {
        String schema = """
                {"properties": {"governance": {"properties": {"forums": {"items": {
                  "if": {"properties": {"level": {"const": "strategic"}}},
                  "then": {"properties": {"frequency": {"enum": ["monthly", "biweekly", "weekly"]}}}}}}}}}
                """;
        List<Problem> findings = findings(check("steering-meets-monthly", Severity.WARNING,
                "a strategic forum meets at least monthly", schema));

        assertThat(findings).extracting(Problem::path, Problem::line, Problem::column)
                .containsExactly(tuple("governance.forums[0].frequency", 35, 18));
        assertThat(findings.get(0).message()).startsWith("a strategic forum meets at least monthly (does not have a"
                + " value in the enumeration");
    }

    @Test
    void aPlaceThatFailsTheSchemaSeveralWaysIsOneFinding() {
        List<Problem> findings = findings(check("forum-members", Severity.WARNING, "a forum has both parties", """
                {"properties": {"governance": {"properties": {"forums": {"items": {"properties": {"members":
                  {"minItems": 2, "contains": {"properties": {"party": {"const": "supplier"}}}}}}}}}}}
                """));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("governance.forums[0].members");
            assertThat(finding.message()).startsWith("a forum has both parties");
        });
    }

    @Test
    void aWholeSubschemaInTheValidatorsWordsIsLeftOutOfTheMessage() {
        List<Problem> findings = findings(check("not-version-one", Severity.WARNING, "this pack takes no format 1", """
                {"not": {"properties": {"samspill": {"const": 1, "description": "%s"}}}}
                """.formatted("x".repeat(120))));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.path()).isEqualTo(Problem.DOCUMENT_PATH);
            assertThat(finding.message()).isEqualTo("this pack takes no format 1");
        });
    }

    @Test
    void aDescriptionThatMeetsEverySchemaHasNoFindingOfThem() {
        List<Problem> findings = findings(check("target-numeric", Severity.ERROR, "every target is a number", """
                {"properties": {"objectives": {"items": {"properties": {"measures": {"items":
                    {"properties": {"deadline": {"type": "string", "pattern": "^\\\\d{4}-\\\\d{2}-\\\\d{2}$"}}}}}}}},
                 "required": ["vision", "governance"]}
                """));

        assertThat(findings).isEmpty();
    }

    @Test
    void aSwitchedOffBuiltInCheckIsSilentAndThePacksOwnChecksStillRun() {
        String schema = "{\"properties\": {\"contract\": {\"required\": [\"procurement\"]}}}";
        ContractValidator all = validator(check("procurement-named", Severity.WARNING, "name the procurement", schema));
        ContractValidator someOff = new ContractValidator(TestCatalogue.catalogue(), new CheckConfiguration(
                Set.of("forum-without-responsibilities"),
                List.of(check("procurement-named", Severity.WARNING, "name the procurement", schema))));

        assertThat(all.validate(READ.contract(), READ.sourceMap(), FILE)).extracting(Problem::code)
                .contains("forum-without-responsibilities", "procurement-named");
        assertThat(someOff.validate(READ.contract(), READ.sourceMap(), FILE)).extracting(Problem::code)
                .doesNotContain("forum-without-responsibilities").contains("procurement-named");
    }

    // ---- schemas that cannot be run

    @Test
    void aSchemaThatIsNotValidUnderItsDraftIsRefusedWithItsCodeAndPlace() {
        assertThatThrownBy(() -> validator(check("bad-maximum", Severity.ERROR, "m",
                "{\"properties\": {\"vision\": {\"maxLength\": \"seven\"}}}")))
                .isInstanceOfSatisfying(InvalidCheckSchemaException.class, e -> {
                    assertThat(e.code()).isEqualTo("bad-maximum");
                    assertThat(e.location()).isEqualTo("/properties/vision/maxLength");
                    assertThat(e.getMessage()).startsWith("the schema of the check \"bad-maximum\" is not valid under"
                            + " draft 2020-12: ").contains("string found").endsWith("(at /properties/vision/maxLength in"
                            + " the schema)");
                })
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMisspeltKeywordIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> validator(check("typo", Severity.ERROR, "m",
                "{\"properties\": {\"governance\": {\"properties\": {\"earlyWarning\": {\"maximun\": 7}}}}}")))
                .isInstanceOfSatisfying(InvalidCheckSchemaException.class, e -> {
                    assertThat(e.location()).isEqualTo("/properties/governance/properties/earlyWarning/maximun");
                    assertThat(e.problem()).isEqualTo("uses the keyword \"maximun\", which draft 2020-12 does not"
                            + " have; did you mean \"maximum\"?");
                });
    }

    @Test
    void aReferenceOutOfTheSchemaIsRefusedWithoutFetchingIt() {
        for (String reference : List.of("https://example.invalid/forums.json", "file:///etc/passwd", "forums.json")) {
            assertThatThrownBy(() -> validator(check("outside", Severity.ERROR, "m",
                    "{\"properties\": {\"governance\": {\"$ref\": \"" + reference + "\"}}}")))
                    .as(reference)
                    .isInstanceOfSatisfying(InvalidCheckSchemaException.class, e ->
                            assertThat(e.problem()).startsWith("refers to \"").contains("outside itself"));
        }
    }

    @Test
    void aReferenceWithinTheSchemaWorks() {
        List<Problem> findings = findings(check("short-names", Severity.WARNING, "names are short", """
                {"$defs": {"short": {"maxLength": 10}},
                 "properties": {"parties": {"properties": {"customer": {"properties": {"name": {"$ref": "#/$defs/short"}}}}}}}
                """));

        assertThat(findings).extracting(Problem::path).containsExactly("parties.customer.name");
    }

    @Test
    void anEarlierDraftNamedInSchemaIsRunUnderThatDraft() {
        // draft 7 asserts formats; 2020-12 only annotates them
        String schema = "{\"properties\": {\"contract\": {\"properties\": {\"reference\": {\"format\": \"email\"}}}}}";

        assertThat(findings(check("ref-mail", Severity.WARNING, "m", schema))).isEmpty();
        assertThat(findings(check("ref-mail", Severity.WARNING, "m",
                "{\"$schema\": \"http://json-schema.org/draft-07/schema#\", " + schema.substring(1))))
                .extracting(Problem::path).containsExactly("contract.reference");
    }

    @Test
    void aDraftSamspillDoesNotRunIsRefused() {
        assertThatThrownBy(() -> validator(check("other", Severity.ERROR, "m",
                "{\"$schema\": \"https://example.invalid/my-dialect\", \"type\": \"object\"}")))
                .isInstanceOfSatisfying(InvalidCheckSchemaException.class, e -> {
                    assertThat(e.location()).isEqualTo("/$schema");
                    assertThat(e.problem()).contains("not a draft samspill runs");
                });
    }

    @Test
    void aSchemaThatIsNotAMappingIsRefused() {
        for (String schema : List.of("[1, 2]", "true", "{\"type\": ")) {
            assertThatThrownBy(() -> validator(check("shape", Severity.ERROR, "m", schema)))
                    .as(schema)
                    .isInstanceOfSatisfying(InvalidCheckSchemaException.class, e -> {
                        assertThat(e.code()).isEqualTo("shape");
                        assertThat(e.location()).isEmpty();
                    });
        }
    }

    @Test
    void theSchemaIsParsedWhenTheValidatorIsBuiltAndTheValidatorRunsItAgainAndAgain() throws Exception {
        ContractValidator validator = validator(check("vision-short", Severity.WARNING, "m",
                "{\"properties\": {\"vision\": {\"maxLength\": 20}}}"));
        List<Problem> first = validator.validate(READ.contract(), READ.sourceMap(), FILE);

        List<java.util.concurrent.Future<List<Problem>>> runs = new java.util.ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> validator.validate(READ.contract(), READ.sourceMap(), FILE)));
            }
            for (java.util.concurrent.Future<List<Problem>> run : runs) {
                assertThat(run.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(first).extracting(Problem::code).contains("vision-short");
    }

    // ----

    private static SchemaCheck check(String code, Severity severity, String message, String schema) {
        return new SchemaCheck(new Check(code, severity, "A check of the pack's own."), message, schema);
    }

    private static ContractValidator validator(SchemaCheck check) {
        return new ContractValidator(TestCatalogue.catalogue(), new CheckConfiguration(Set.of(), List.of(check)));
    }

    /** The findings of the one check of the pack, on {@link #DESCRIPTION}. */
    private static List<Problem> findings(SchemaCheck check) {
        return validator(check).validate(READ.contract(), READ.sourceMap(), FILE).stream()
                .filter(p -> p.code().equals(check.check().code()))
                .toList();
    }
}

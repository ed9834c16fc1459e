package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import no.samspill.AcceptedWarning;
import no.samspill.Check;
import no.samspill.ContractGenerator;
import no.samspill.Problem;
import no.samspill.Severity;
import no.samspill.TemplateException;
import no.samspill.Validation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A pack that switches a built-in check off and adds checks of its own in {@code pack.yaml}:
 * through {@link FreemarkerTemplatePack#fromDirectory} and {@link ContractGenerator}, and a
 * manifest that configures its checks wrongly, found when the pack is loaded and by its check.
 */
class OwnChecksTest {

    private static final String CHECKS = """
            checks:
              off: [survey-small-group]
              add:
                - code: early-warning-within-a-week
                  severity: error
                  summary: The parties meet within 7 days of an early warning.
                  message: the parties must meet within 7 days of an early warning
                  schema:
                    properties:
                      governance:
                        properties:
                          earlyWarning:
                            properties:
                              meetingWithinDays: { maximum: 7 }
                - code: data-processing-agreement-named
                  severity: warning
                  summary: The contract names the data processing agreement.
                  message: name the data processing agreement
                  schema:
                    properties:
                      contract: { required: [dataProcessingAgreement] }
            """;

    /** Without a warning of the built-in checks but the survey's, which the pack switches off. */
    private static final String DESCRIPTION = """
            samspill: 1
            contract:
              title: Samarbeidsavtale om ny journalløsning
              reference: HNV-2027-004
              baseAgreement: { code: SSA-L }
              term: { start: 2027-01-01, duration: P3Y }
            parties:
              customer: { name: Helse Nordvest RHF, orgNumber: "983 658 725" }
              supplier: { name: Journalsystemer AS, orgNumber: "923 456 783" }
            vision: Sammen gir vi helsepersonell i regionen et journalverktøy de stoler på.
            objectives:
              - id: faster-documentation
                title: Mindre tid til dokumentasjon
                measures:
                  - id: documentation-time
                    name: Tid til dokumentasjon per pasient
                    unit: minutter
                    baseline: 14
                    target: 10
                    deadline: 2028-12-31
                    method: Tidsstudie på fire sengeposter
                    frequency: quarterly
            governance:
              forums:
                - id: steering
                  name: Strategisk styringsgruppe
                  level: strategic
                  frequency: quarterly
                  members:
                    - { party: customer, role: fagdirektør }
                    - { party: supplier, role: daglig leder }
                  responsibilities: [Prioriteringer og endringer]
                - id: operations
                  name: Samarbeidsforum
                  level: tactical
                  frequency: monthly
                  members:
                    - { party: customer, role: prosjektleder }
                    - { party: supplier, role: leveranseleder }
                  responsibilities: [Oppfølging av måltall]
              relationshipManagers:
                customer: { name: Kari Nordmann }
                supplier: { name: Ola Hansen }
              healthCheck: { frequency: semiannual, method: survey }
              escalation:
                - { forum: operations, days: 10 }
                - { forum: steering, days: 15 }
              earlyWarning:
                meetingWithinDays: 10
            """;

    @TempDir
    Path pack;

    @BeforeEach
    void aPackWithOneClause() throws IOException {
        Files.createDirectories(pack.resolve("clauses"));
        Files.writeString(pack.resolve("clauses/own.nb.md.ftl"), "## Egen {#own}\n\nTekst.\n");
        writeManifest(CHECKS);
    }

    @Test
    void thePacksChecksComeAfterTheBuiltInOnesAndTheSwitchedOffCheckIsNotAmongThem() {
        ContractGenerator generator = ContractGenerator.builder().templates(FreemarkerTemplatePack.fromDirectory(pack)).build();

        assertThat(generator.checks()).extracting(Check::code)
                .doesNotContain("survey-small-group")
                .contains("format", "early-warning-late")
                .endsWith("early-warning-within-a-week", "data-processing-agreement-named");
        assertThat(generator.checks()).filteredOn(c -> c.code().equals("data-processing-agreement-named"))
                .extracting(Check::severity, Check::summary)
                .containsExactly(tuple(Severity.WARNING, "The contract names the data processing agreement."));
    }

    @Test
    void aDescriptionIsValidatedByThePacksOwnChecksAtTheLinesOfTheValues() {
        Validation validation = generator(false).validate("avtale.yaml", DESCRIPTION);

        assertThat(validation.problems()).filteredOn(p -> p.code().equals("early-warning-within-a-week"))
                .singleElement().satisfies(p -> {
                    assertThat(p.toString()).isEqualTo("avtale.yaml:" + line("meetingWithinDays") + ":24:"
                            + " governance.earlyWarning.meetingWithinDays: the parties must meet within 7 days of an"
                            + " early warning (must have a maximum value of 7) [early-warning-within-a-week]");
                    assertThat(p.severity()).isEqualTo(Severity.ERROR);
                });
        assertThat(validation.warnings()).filteredOn(p -> p.code().equals("data-processing-agreement-named"))
                .extracting(Problem::path, Problem::line, Problem::column)
                .containsExactly(tuple("contract.dataProcessingAgreement", line("title:"), 3));
        assertThat(validation.isValid()).isFalse();
    }

    @Test
    void theSwitchedOffCheckIsSilentWhereTheBuiltInPackWarns() {
        Validation own = generator(false).validate("avtale.yaml", DESCRIPTION);
        Validation builtIn = ContractGenerator.create().validate("avtale.yaml", DESCRIPTION);

        assertThat(builtIn.warnings()).extracting(Problem::code).contains("survey-small-group")
                .doesNotContain("data-processing-agreement-named");
        assertThat(own.findings()).extracting(Problem::code).doesNotContain("survey-small-group");
    }

    @Test
    void aWarningOfThePacksOwnIsAcceptedByItsCodeAndStopsGenerationUnderStrictChecking() {
        String meetsTheError = DESCRIPTION.replace("meetingWithinDays: 10", "meetingWithinDays: 5");
        assertThat(meetsTheError).isNotEqualTo(DESCRIPTION);
        String accepting = meetsTheError + """
                checks:
                  accept:
                    - { code: data-processing-agreement-named, reason: The supplier processes no personal data. }
                """;

        assertThat(generator(false).validate("avtale.yaml", meetsTheError).isValid()).isTrue();
        assertThat(generator(true).validate("avtale.yaml", meetsTheError).problems()).extracting(Problem::code)
                .contains("data-processing-agreement-named");
        Validation accepted = generator(true).validate("avtale.yaml", accepting);
        assertThat(accepted.problems()).extracting(Problem::code).doesNotContain("data-processing-agreement-named");
        assertThat(accepted.accepted()).extracting(a -> a.warning().code(), AcceptedWarning::reason)
                .contains(tuple("data-processing-agreement-named", "The supplier processes no personal data."));
    }

    @Test
    void aPackWithoutChecksRunsTheBuiltInOnesAndNothingMore() throws IOException {
        writeManifest("");

        FreemarkerTemplatePack plain = FreemarkerTemplatePack.fromDirectory(pack);

        assertThat(plain.checks()).isEqualTo(no.samspill.CheckConfiguration.BUILT_IN);
        assertThat(FreemarkerTemplatePack.builtIn().checks()).isEqualTo(no.samspill.CheckConfiguration.BUILT_IN);
    }

    @Test
    void anExampleFailsThePacksCheckWithEachWarningItDoesNotAcceptByThePacksOwnChecks() throws IOException {
        Path examples = Files.createDirectories(pack.resolve("examples"));
        String example = DESCRIPTION.replace("meetingWithinDays: 10", "meetingWithinDays: 5");
        Files.writeString(examples.resolve("journal.yaml"), example);
        writeManifest("");

        assertThat(exampleFailures()).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(examples.resolve("journal.yaml") + ":" + lineIn(example, "method: survey"));
            assertThat(f.message()).startsWith("warning: governance.healthCheck.method: the health check is a survey")
                    .endsWith("[survey-small-group]; an example is what users copy: change it, or accept the warning"
                            + " under checks.accept with the reason");
        });

        writeManifest(CHECKS);
        assertThat(exampleFailures()).extracting(CheckFailure::message).singleElement().asString()
                .startsWith("warning: contract.dataProcessingAgreement: name the data processing agreement")
                .contains("[data-processing-agreement-named]");

        Files.writeString(examples.resolve("journal.yaml"), example + """
                checks:
                  accept:
                    - { code: data-processing-agreement-named, reason: The supplier processes no personal data. }
                """);
        assertThat(exampleFailures()).isEmpty();
    }

    // ---- a manifest that configures its checks wrongly

    static Stream<Arguments> wrongConfigurations() {
        return Stream.of(
                Arguments.of("a key misspelt", "  off:", "  of:",
                        "  of:", "unknown key \"of\"; did you mean \"off\"?"),
                Arguments.of("a key misspelt in a check", "      severity: error", "      sevrity: error",
                        "sevrity", "unknown key \"sevrity\"; did you mean \"severity\"?"),
                Arguments.of("a field missing", "      message: name the data processing agreement\n", "",
                        "- code: data-processing-agreement-named", "the check needs \"code\", \"severity\","
                                + " \"summary\", \"message\" and \"schema\"; it has no \"message\""),
                Arguments.of("a code written wrongly", "code: early-warning-within-a-week", "code: Early_Warning",
                        "Early_Warning", "\"Early_Warning\" is not a check code: a code is lower-case letters and"
                                + " digits in words joined by hyphens, at most 60 characters, such as"
                                + " early-warning-within-a-week"),
                Arguments.of("an unknown check switched off", "[survey-small-group]", "[survey-smal-group]",
                        "off:", "\"survey-smal-group\" is not a built-in check, so it cannot be switched off; did"
                                + " you mean \"survey-small-group\"?"),
                Arguments.of("a check switched off that must run", "[survey-small-group]", "[survey-small-group, format]",
                        "off:", "the check \"format\" cannot be switched off: the contract cannot be written"
                                + " without what it requires"),
                Arguments.of("a code of a built-in check", "code: early-warning-within-a-week", "code: early-warning-late",
                        "code: early-warning-late", "\"early-warning-late\" is the code of a built-in check; give"
                                + " the pack's check a code of its own"),
                Arguments.of("a code used twice", "code: data-processing-agreement-named",
                        "code: early-warning-within-a-week # again", "# again",
                        "the code \"early-warning-within-a-week\" is used by the check at line 8 too; give each check"
                                + " a code of its own"),
                Arguments.of("a severity that is neither", "severity: warning", "severity: fatal",
                        "severity: fatal", "the severity of a check is error or warning, not \"fatal\""),
                Arguments.of("a message of two lines", "message: name the data processing agreement",
                        "message: |\n        name the data processing agreement\n        in the contract",
                        "message: |", "the message of a check is one line, as a finding is"),
                Arguments.of("a schema that is not a mapping",
                        "      schema:\n        properties:\n          contract: { required: [dataProcessingAgreement] }\n",
                        "      schema: [contract]\n", "schema: [contract]",
                        "the schema of a check is a JSON Schema written as a YAML mapping"),
                Arguments.of("a keyword with a value of the wrong shape", "contract: { required: [dataProcessingAgreement] }",
                        "contract: { required: dataProcessingAgreement }", "required: dataProcessingAgreement",
                        "the schema of the check \"data-processing-agreement-named\" is not valid under draft 2020-12:"
                                + " string found, array expected (at /properties/contract/required)"),
                Arguments.of("a keyword misspelt in a schema", "{ maximum: 7 }", "{ maximun: 7 }",
                        "maximun", "the schema of the check \"early-warning-within-a-week\" uses the keyword"
                                + " \"maximun\", which draft 2020-12 does not have; did you mean \"maximum\"? (at"
                                + " /properties/governance/properties/earlyWarning/properties/meetingWithinDays/maximun)"),
                Arguments.of("a keyword with a value of the wrong kind", "{ maximum: 7 }", "{ maximum: seven }",
                        "maximum: seven", "the schema of the check \"early-warning-within-a-week\" is not valid under"
                                + " draft 2020-12: string found, number expected (at"
                                + " /properties/governance/properties/earlyWarning/properties/meetingWithinDays/maximum)"),
                Arguments.of("a schema that refers out of itself", "{ maximum: 7 }",
                        "{ $ref: \"https://example.invalid/days.json\" }", "schema:",
                        "the schema of the check \"early-warning-within-a-week\" refers to"
                                + " \"https://example.invalid/days.json\", outside itself"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongConfigurations")
    void aWrongConfigurationFailsThePackAtItsLineInPackYaml(String what, String replaced, String by, String lineOf,
            String message) throws IOException {
        String checks = CHECKS.replace(replaced, by);
        assertThat(checks).as("the edit changes the checks").isNotEqualTo(CHECKS);
        writeManifest(checks);
        int line = lineIn(Files.readString(pack.resolve("pack.yaml")), lineOf);

        assertThatThrownBy(() -> FreemarkerTemplatePack.fromDirectory(pack))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).isEqualTo("pack.yaml");
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith("pack.yaml:" + line + ": " + message);
                });
        assertThat(PackCheck.directory(pack).run().failures()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo("manifest");
            assertThat(f.location()).isEqualTo("pack.yaml:" + line);
            assertThat(f.message()).startsWith(message);
        });
    }

    @Test
    void aMisspeltKeyBesideChecksIsStillAnUnknownKeyOfTheManifest() throws IOException {
        writeManifest(CHECKS.replace("checks:", "chekcs:"));

        assertThatThrownBy(() -> FreemarkerTemplatePack.fromDirectory(pack))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("unknown key \"chekcs\"");
    }

    // ----

    /** The failures of the examples step; the pack has no snapshots, so the golden step fails as well. */
    private java.util.List<CheckFailure> exampleFailures() {
        return PackCheck.directory(pack).run().failures().stream().filter(f -> f.check().equals("examples")).toList();
    }

    private ContractGenerator generator(boolean strict) {
        return ContractGenerator.builder().templates(FreemarkerTemplatePack.fromDirectory(pack)).strict(strict).build();
    }

    private void writeManifest(String checks) throws IOException {
        Files.writeString(pack.resolve("pack.yaml"), """
                name: helse-nordvest
                languages: [nb]
                clauses:
                  - { id: own, version: 1 }
                """ + checks, StandardCharsets.UTF_8);
    }

    private static int line(String needle) {
        return lineIn(DESCRIPTION, needle);
    }

    private static int lineIn(String text, String needle) {
        int at = text.indexOf(needle);
        assertThat(at).as("%s is in the text", needle).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}

package no.samspill.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.samspill.Problem;
import org.junit.jupiter.api.Test;

class ContractReaderProblemsTest {

    private static final ContractReader READER = ContractReader.create();

    private static List<String> problems(String yaml) {
        return READER.read("d.yaml", yaml).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void anUnknownKeyThatDiffersOnlyInCaseSuggestsTheKnownKey() {
        assertThat(problems("""
                parties:
                  customer:
                    name: Helse Nordvest RHF
                    orgnumber: "983 658 725"
                """)).containsExactly("d.yaml:4:5: parties.customer.orgnumber: unknown key \"orgnumber\"; did you mean \"orgNumber\"?");
    }

    @Test
    void anUnknownKeyWithATypoSuggestsTheNearestKnownKey() {
        assertThat(problems("""
                contract:
                  titel: Avtale
                """)).containsExactly("d.yaml:2:3: contract.titel: unknown key \"titel\"; did you mean \"title\"?");
    }

    @Test
    void anUnknownKeyFarFromEveryKnownKeyListsTheKeysAllowedThere() {
        assertThat(problems("""
                governance:
                  review: { frequency: annual, chair: Kari }
                """)).containsExactly("d.yaml:2:32: governance.review.chair: unknown key \"chair\"; the keys allowed here are frequency");
    }

    @Test
    void anUnknownKeyInTheProcurementSuggestsTheKnownKey() {
        assertThat(problems("""
                contract:
                  procurement:
                    name: Ny journalløsning
                    regulaton: general
                """)).containsExactly(
                        "d.yaml:4:5: contract.procurement.regulaton: unknown key \"regulaton\"; did you mean \"regulation\"?");
    }

    @Test
    void misspeltNewKeysOfTheTermTheBaseAgreementAndAForumSuggestTheirNames() {
        assertThat(problems("""
                contract:
                  baseAgreement: { code: SSA-T, principleAmendment: true }
                  term: { start: 2027-01-01, duration: P5Y, extensions: [P1Y], extensionNoticeMonth: 6 }
                  dataprocessingAgreement: DBA-1
                governance:
                  forums:
                    - { id: steering, shortname: styringsgruppen }
                """)).containsExactly(
                        "d.yaml:2:33: contract.baseAgreement.principleAmendment: unknown key \"principleAmendment\"; did you mean \"principlesAmendment\"?",
                        "d.yaml:3:64: contract.term.extensionNoticeMonth: unknown key \"extensionNoticeMonth\"; did you mean \"extensionNoticeMonths\"?",
                        "d.yaml:4:3: contract.dataprocessingAgreement: unknown key \"dataprocessingAgreement\"; did you mean \"dataProcessingAgreement\"?",
                        "d.yaml:7:23: governance.forums[0].shortname: unknown key \"shortname\"; did you mean \"shortName\"?");
    }

    @Test
    void anUnknownProcurementRegulationListsTheAllowedOnes() {
        assertThat(problems("""
                contract:
                  procurement: { regulation: foa }
                """)).containsExactly("d.yaml:2:30: contract.procurement.regulation: \"foa\" is not a procurement regulation; "
                        + "use one of general, utilities, none");
    }

    @Test
    void aWordWhereThePrinciplesAmendmentsTrueOrFalseBelongsIsReported() {
        assertThat(problems("""
                contract:
                  baseAgreement: { code: SSA-T, principlesAmendment: ja }
                """)).containsExactly(
                        "d.yaml:2:54: contract.baseAgreement.principlesAmendment: \"ja\" is not true or false");
    }

    @Test
    void anUnknownKeyAtTheTopIsReportedWithItsPath() {
        assertThat(problems("""
                samspill: 1
                visjon: Sammen
                """)).containsExactly("d.yaml:2:1: visjon: unknown key \"visjon\"; did you mean \"vision\"?");
    }

    @Test
    void aDuplicateKeyPointsAtTheSecondOccurrenceAndNamesTheFirstLine() {
        assertThat(problems("""
                contract:
                  title: Avtale
                  reference: A-1
                  title: Annen avtale
                """)).containsExactly("d.yaml:4:3: contract.title: duplicate key \"title\"; it was first given at line 2");
    }

    @Test
    void aDuplicateKeyInAMappingThatJacksonCannotBuildIsReportedOnce() {
        assertThat(problems("""
                governance:
                  forums:
                    - members: [{ party: customer, role: a, role: b }]
                """)).containsExactly(
                        "d.yaml:3:45: governance.forums[0].members[0].role: duplicate key \"role\"; it was first given at line 3");
    }

    @Test
    void aTextWhereAListBelongsIsReported() {
        assertThat(problems("""
                contract:
                  term: { start: 2027-01-01, duration: P5Y, extensions: P2Y }
                """)).containsExactly("d.yaml:2:57: contract.term.extensions: expected a list, found \"P2Y\"");
    }

    @Test
    void anUnknownKeyWithAMappingIsReportedAtItsKeyInItsOwnMapping() {
        assertThat(problems("""
                contract:
                  tittel:
                    nb: Avtale
                    en: Agreement
                  term:
                    start: 2027-01-01
                """)).containsExactly("d.yaml:2:3: contract.tittel: unknown key \"tittel\"; did you mean \"title\"?");
    }

    @Test
    void aMappingWhereTextBelongsIsReported() {
        assertThat(problems("""
                contract:
                  reference:
                    nb: HNV-1
                """)).containsExactly("d.yaml:3:5: contract.reference: expected text, found a mapping");
    }

    @Test
    void aTextWhereAMappingBelongsIsReported() {
        assertThat(problems("""
                parties:
                  supplier: Journalsystemer AS
                """)).containsExactly("d.yaml:2:13: parties.supplier: expected a mapping, found \"Journalsystemer AS\"");
    }

    @Test
    void aWordWhereANumberBelongsIsReported() {
        assertThat(problems("""
                governance:
                  exit:
                    noticeMonths: abc
                """)).containsExactly("d.yaml:3:19: governance.exit.noticeMonths: \"abc\" is not a number");
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsReported() {
        assertThat(problems("""
                governance:
                  escalation:
                    - { forum: steering, days: 1.5 }
                """)).containsExactly("d.yaml:3:32: governance.escalation[0].days: \"1.5\" is not a whole number");
    }

    @Test
    void aNumberTooLargeForItsFieldIsReported() {
        assertThat(problems("""
                governance:
                  earlyWarning: { meetingWithinDays: 99999999999 }
                """)).containsExactly("d.yaml:2:38: governance.earlyWarning.meetingWithinDays: \"99999999999\" is too large a number");
    }

    @Test
    void anImpossibleDateIsReportedWithTheFormToUse() {
        assertThat(problems("""
                contract:
                  date: 2026-13-01
                """)).containsExactly("d.yaml:2:9: contract.date: \"2026-13-01\" is not a valid date; write it as YYYY-MM-DD");
    }

    @Test
    void aBareYearIsNotTakenAsADate() {
        assertThat(problems("""
                contract:
                  date: 2026
                """)).containsExactly("d.yaml:2:9: contract.date: \"2026\" is not a valid date; write it as YYYY-MM-DD");
    }

    @Test
    void aPeriodInWordsIsReportedWithExamplesOfTheIsoForm() {
        assertThat(problems("""
                contract:
                  term:
                    duration: 5 years
                """)).containsExactly(
                        "d.yaml:3:15: contract.term.duration: \"5 years\" is not a valid ISO-8601 period such as P5Y or P18M");
    }

    @Test
    void anUnknownChoiceListsTheAllowedOnes() {
        assertThat(problems("""
                governance:
                  review:
                    frequency: sometimes
                """)).containsExactly("d.yaml:3:16: governance.review.frequency: \"sometimes\" is not a frequency; "
                        + "use one of weekly, biweekly, monthly, quarterly, semiannual, annual");
    }

    @Test
    void aChoiceIsNotTakenFromItsPositionInTheList() {
        assertThat(problems("""
                governance:
                  forums:
                    - level: 1
                """)).containsExactly("d.yaml:3:14: governance.forums[0].level: \"1\" is not a forum level; "
                        + "use one of strategic, tactical, operational");
    }

    @Test
    void theFinalStatusIsListedAsWrittenInYaml() {
        assertThat(problems("""
                contract:
                  status: signed
                """)).containsExactly("d.yaml:2:11: contract.status: \"signed\" is not a status; use one of draft, final");
    }

    @Test
    void aWordWhereTrueOrFalseBelongsIsReported() {
        assertThat(problems("""
                governance:
                  disputeResolution: { mediation: yes }
                """)).containsExactly("d.yaml:2:35: governance.disputeResolution.mediation: \"yes\" is not true or false");
    }

    @Test
    void aListWhereAPrincipleBelongsIsReported() {
        assertThat(problems("""
                principles:
                  - honesty
                  - [loyalty]
                """)).containsExactly("d.yaml:3:5: principles[1]: expected a principle id or a mapping with an id, found a list");
    }

    @Test
    void anUnknownKeyInAPrincipleMappingIsReported() {
        assertThat(problems("""
                principles:
                  - { id: loyalty, aplication: Straks }
                """)).containsExactly("d.yaml:2:20: principles[0].aplication: unknown key \"aplication\"; did you mean \"application\"?");
    }

    @Test
    void aMappingWhereAMeasureValueBelongsIsReported() {
        assertThat(problems("""
                objectives:
                  - measures:
                      - target: { value: 8 }
                """)).containsExactly("d.yaml:3:19: objectives[0].measures[0].target.value: \"value\" is not a language"
                        + " of the format; give the text as nb (Norwegian bokmål) and en (English)");
    }

    @Test
    void anotherFormatVersionIsReportedAtItsValue() {
        assertThat(problems("""
                samspill: 2
                """)).containsExactly("d.yaml:1:11: samspill: this release reads format version 1, not 2; write samspill: 1");
    }

    @Test
    void malformedYamlIsReportedAtTheErrorAndNothingIsBound() {
        ReadResult result = READER.read("d.yaml", """
                contract:
                  title: Avtale
                 reference: A-1
                """);

        assertThat(result.contract()).isNull();
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "d.yaml:3:2: (document): this is not valid YAML: the indentation does not line up with the lines above");
    }

    @Test
    void anAnchorAndItsAliasesAreEachReportedAtTheirPosition() {
        assertThat(problems("""
                expectations:
                  customer: &shared
                    - Delta i styringsgruppen.
                  supplier: *shared
                """)).containsExactly(
                        "d.yaml:2:13: expectations.customer: " + SourceScanner.ANCHORS_NOT_SUPPORTED,
                        "d.yaml:4:13: expectations.supplier: " + SourceScanner.ANCHORS_NOT_SUPPORTED);
    }

    @Test
    void anAnchorOnATextIsReported() {
        assertThat(problems("""
                contract:
                  title: &t Avtale
                """)).containsExactly("d.yaml:2:10: contract.title: " + SourceScanner.ANCHORS_NOT_SUPPORTED);
    }

    @Test
    void anEmptyDescriptionIsReported() {
        ReadResult result = READER.read("d.yaml", "# nothing yet\n");

        assertThat(result.contract()).isNull();
        assertThat(result.problems()).extracting(Problem::toString)
                .containsExactly("d.yaml:1:1: (document): the description is empty");
    }

    @Test
    void aDescriptionThatIsNotAMappingIsReported() {
        ReadResult result = READER.read("d.yaml", "- samspill: 1\n");

        assertThat(result.contract()).isNull();
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "d.yaml:1:1: (document): expected a mapping with keys such as samspill, contract and parties");
    }

    @Test
    void aSecondDocumentIsReportedAndTheFirstIsStillRead() {
        ReadResult result = READER.read("d.yaml", """
                samspill: 1
                ---
                samspill: 1
                """);

        assertThat(result.contract()).isNotNull();
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "d.yaml:2:1: (document): a description is one YAML document; remove everything from the second document on");
    }

    @Test
    void aComplexKeyIsReported() {
        assertThat(problems("""
                ? [a, b]
                : c
                """)).containsExactly("d.yaml:1:3: (document): a key must be a plain name such as title, not a mapping or a list");
    }

    @Test
    void aTabUsedForIndentationIsReportedPlainly() {
        assertThat(problems("contract:\n\ttitle: Avtale\n")).containsExactly(
                "d.yaml:2:1: (document): this is not valid YAML: a tab is not allowed for indentation; indent with spaces");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        assertThat(problems("contract:\n  title: \"Avtale\n")).containsExactly(
                "d.yaml:2:10: (document): this quoted text has no closing quote on its line; "
                        + "close it, or the rest of the file is read as part of it");
    }

    @Test
    void aQuotedTextThatGoesOnOverSeveralLinesIsNotMistakenForAnUnclosedOne() {
        assertThat(problems("contract:\n  title: \"Avtale\n    om samarbeid\"\n  reference: R-1\n  :bad\n"))
                .allMatch(line -> !line.contains("no closing quote"));
    }

    @Test
    void problemsThatWouldEachStopJacksonAreAllReportedInOnePassSortedByPosition() {
        ReadResult result = READER.read("d.yaml", """
                samspill: 1
                governance:
                  review: { frequency: sometimes }
                contract:
                  date: 2026-13-01
                  titel: Avtale
                  title: Avtale
                  title: Avtale igjen
                  term: { start: 2027-01-01, duration: 5 years, extensions: [P1Y, 2 years] }
                parties:
                  customer: { name: [Helse], orgnumber: "983 658 725" }
                objectives:
                  - id: a
                    measures:
                      - { id: m, responsible: everyone, deadline: 2028-02-30 }
                """);

        assertThat(result.problems()).isSortedAccordingTo(Problem.BY_POSITION);
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "d.yaml:3:24: governance.review.frequency: \"sometimes\" is not a frequency; "
                        + "use one of weekly, biweekly, monthly, quarterly, semiannual, annual",
                "d.yaml:5:9: contract.date: \"2026-13-01\" is not a valid date; write it as YYYY-MM-DD",
                "d.yaml:6:3: contract.titel: unknown key \"titel\"; did you mean \"title\"?",
                "d.yaml:8:3: contract.title: duplicate key \"title\"; it was first given at line 7",
                "d.yaml:9:40: contract.term.duration: \"5 years\" is not a valid ISO-8601 period such as P5Y or P18M",
                "d.yaml:9:67: contract.term.extensions[1]: \"2 years\" is not a valid ISO-8601 period such as P5Y or P18M",
                "d.yaml:11:21: parties.customer.name: expected text, found a list",
                "d.yaml:11:30: parties.customer.orgnumber: unknown key \"orgnumber\"; did you mean \"orgNumber\"?",
                "d.yaml:15:51: objectives[0].measures[0].deadline: \"2028-02-30\" is not a valid date; write it as YYYY-MM-DD");
        assertThat(result.contract()).isNotNull();
        assertThat(result.contract().contract().term().start()).hasToString("2027-01-01");
        assertThat(result.contract().contract().term().extensions()).hasSize(2).startsWith(java.time.Period.ofYears(1));
    }
}

package no.samspill.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import no.samspill.model.Contract;
import no.samspill.model.ContractDetails;
import no.samspill.model.Forum;
import no.samspill.model.DecisionRule;
import no.samspill.model.Frequency;
import no.samspill.model.Language;
import no.samspill.model.MeasureValue;
import no.samspill.model.PartyRole;
import no.samspill.model.PrincipleEntry;
import no.samspill.model.Procurement;
import no.samspill.model.ProcurementRegulation;
import no.samspill.model.Responsible;
import no.samspill.model.Status;
import org.junit.jupiter.api.Test;

class ContractReaderCompleteDescriptionTest {

    private static final ContractReader READER = ContractReader.create();

    private static Path complete() throws URISyntaxException {
        return Path.of(ContractReaderCompleteDescriptionTest.class.getResource("complete.yaml").toURI());
    }

    @Test
    void theCompleteExampleOfTheFormatReadsWithoutProblems() throws Exception {
        ReadResult result = READER.read(complete());

        assertThat(result.problems()).isEmpty();
        assertThat(result.isClean()).isTrue();
        Contract contract = result.contract();
        assertThat(contract.samspill()).isEqualTo(1);
        assertThat(contract.contract().title()).isEqualTo("Samarbeidsavtale om ny journalløsning");
        assertThat(contract.contract().date()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(contract.contract().baseAgreement().version()).isEqualTo("2018");
        assertThat(contract.contract().baseAgreement().changesAppendix()).isEqualTo(7);
        assertThat(contract.contract().term().duration()).isEqualTo(Period.ofYears(5));
        assertThat(contract.contract().term().extensions()).containsExactly(Period.ofYears(2), Period.ofYears(1));
        assertThat(contract.parties().customer().orgNumber()).isEqualTo("983 658 725");
        assertThat(contract.parties().customer().contact().phone()).isEqualTo("+47 55 00 00 00");
        assertThat(contract.background()).startsWith("Partene har").endsWith("sammen.\n");
        assertThat(contract.objectives().get(0).measures().get(0).baseline()).isEqualTo(MeasureValue.of(new BigDecimal("12")));
        assertThat(contract.principles()).containsExactly(
                PrincipleEntry.standard("reciprocity"),
                PrincipleEntry.standard("honesty"),
                new PrincipleEntry("loyalty",
                        "Leverandøren varsler Kunden straks om forhold som kan påvirke pasientsikkerheten.\n", null, null),
                new PrincipleEntry("patient-safety", null, "Pasientsikkerhet først",
                        "Ingen endring settes i drift før den er testet sammen med klinikere.\n"));
        assertThat(contract.governance().forums().get(0).members().get(1).party()).isEqualTo(no.samspill.model.PartyRef.of(PartyRole.supplier));
        assertThat(contract.governance().disputeResolution().mediation()).isTrue();
        assertThat(contract.amendments().get(0).clause()).isEqualTo("11.3");
    }

    @Test
    void theCompleteExampleReadsTheOptionalProcurementNoticeAndNameFields() throws Exception {
        Contract contract = READER.read(complete()).contract();

        assertThat(contract.contract().baseAgreement().principlesAmendment()).isTrue();
        assertThat(contract.contract().term().extensionNoticeMonths()).isEqualTo(6);
        assertThat(contract.contract().procurement()).isEqualTo(new Procurement(
                "Anskaffelse av ny journalløsning", "Doffin 2026-104233", ProcurementRegulation.general));
        assertThat(contract.contract().dataProcessingAgreement()).isEqualTo("Databehandleravtale 2026/0413");
        assertThat(contract.governance().forums()).extracting(Forum::shortName)
                .containsExactly("styringsgruppen", "samarbeidsforumet");
    }

    @Test
    void theCompleteExampleKnowsWhereEachValueAndKeyStarts() throws Exception {
        SourceMap map = READER.read(complete()).sourceMap();

        assertThat(map.value("samspill")).contains(new Position(1, 11));
        assertThat(map.value("contract")).contains(new Position(3, 3));
        assertThat(map.key("contract")).contains(new Position(2, 1));
        assertThat(map.value("contract.title")).contains(new Position(3, 10));
        assertThat(map.key("contract.title")).contains(new Position(3, 3));
        assertThat(map.value("contract.baseAgreement.version")).contains(new Position(10, 14));
        assertThat(map.value("contract.term.extensions")).contains(new Position(17, 17));
        assertThat(map.value("contract.term.extensions[0]")).contains(new Position(17, 18));
        assertThat(map.value("contract.term.extensions[1]")).contains(new Position(17, 23));
        assertThat(map.value("parties.customer.orgNumber")).contains(new Position(28, 16));
        assertThat(map.value("parties.customer.signatory")).contains(new Position(30, 16));
        assertThat(map.value("parties.customer.signatory.title")).contains(new Position(30, 46));
        assertThat(map.key("parties.customer.signatory.title")).contains(new Position(30, 39));
        assertThat(map.value("background")).contains(new Position(38, 13));
        assertThat(map.value("objectives")).contains(new Position(45, 3));
        assertThat(map.value("objectives[0]")).contains(new Position(45, 5));
        assertThat(map.value("objectives[0].measures[0].responsible")).contains(new Position(58, 22));
        assertThat(map.value("principles[0]")).contains(new Position(61, 5));
        assertThat(map.value("principles[2].application")).contains(new Position(64, 18));
        assertThat(map.value("expectations.customer[0]")).contains(new Position(73, 7));
        assertThat(map.value("governance.forums[0].members[1]")).contains(new Position(86, 11));
        assertThat(map.value("governance.forums[0].members[1].party")).contains(new Position(86, 20));
        assertThat(map.value("governance.escalation[1].days")).contains(new Position(105, 32));
        assertThat(map.value("amendments[0].clause")).contains(new Position(131, 13));
        assertThat(map.value("contract.baseAgreement.principlesAmendment")).contains(new Position(13, 26));
        assertThat(map.value("contract.term.extensionNoticeMonths")).contains(new Position(18, 28));
        assertThat(map.key("contract.procurement")).contains(new Position(19, 3));
        assertThat(map.value("contract.procurement.name")).contains(new Position(20, 11));
        assertThat(map.value("contract.procurement.reference")).contains(new Position(21, 16));
        assertThat(map.value("contract.procurement.regulation")).contains(new Position(22, 17));
        assertThat(map.value("contract.dataProcessingAgreement")).contains(new Position(23, 28));
        assertThat(map.value("governance.forums[0].shortName")).contains(new Position(81, 18));
        assertThat(map.value("governance.forums[1].shortName")).contains(new Position(91, 18));
        assertThat(map.value("contract.term.end")).isEmpty();
        assertThat(map.valueOrParent("contract.term.end")).isEqualTo(new Position(15, 5));
    }

    @Test
    void defaultsApplyToWhatTheDescriptionLeavesOut() {
        ReadResult result = READER.read("minimal.yaml", """
                samspill: 1
                contract:
                  title: Avtale
                objectives:
                  - id: a
                    measures:
                      - id: m
                governance:
                  forums:
                    - id: s
                """);

        assertThat(result.problems()).isEmpty();
        Contract contract = result.contract();
        assertThat(contract.contract().language()).isEqualTo(Language.nb);
        assertThat(contract.contract().status()).isEqualTo(Status.draft);
        assertThat(contract.objectives().get(0).measures().get(0).responsible()).isEqualTo(no.samspill.model.PartyRef.JOINT);
        assertThat(contract.principles()).isEqualTo(PrincipleEntry.standardSet());
        assertThat(contract.governance().forums().get(0).decisionRule()).isEqualTo(DecisionRule.consensus);
        assertThat(contract.governance().earlyWarning().meetingWithinDays()).isEqualTo(10);
        assertThat(contract.expectations().isEmpty()).isTrue();
        assertThat(contract.risks()).isEmpty();
        assertThat(contract.contract().procurement()).isNull();
        assertThat(contract.contract().dataProcessingAgreement()).isNull();
        assertThat(contract.governance().forums().get(0).shortName()).isNull();
    }

    @Test
    void theNewOptionalFieldsHaveTheirDefaultsWhenLeftOut() {
        ReadResult result = READER.read("d.yaml", """
                contract:
                  baseAgreement: { code: SSA-T }
                  term: { start: 2027-01-01, duration: P5Y, extensions: [P1Y] }
                  procurement: { name: Ny løsning }
                """);

        assertThat(result.problems()).isEmpty();
        ContractDetails details = result.contract().contract();
        assertThat(details.baseAgreement().principlesAmendment()).isFalse();
        assertThat(details.term().extensionNoticeMonths()).isNull();
        assertThat(details.term().extensionNoticeMonthsOrDefault()).isEqualTo(3);
        assertThat(details.procurement().regulation()).isEqualTo(ProcurementRegulation.general);
        assertThat(details.procurement().reference()).isNull();
    }

    @Test
    void unquotedNumbersAreReadAsTextWhereTheFormatWantsText() {
        ReadResult result = READER.read("d.yaml", """
                contract:
                  baseAgreement: { code: SSA-L, version: 2018 }
                parties:
                  customer: { name: Helse Nordvest RHF, orgNumber: 983658725 }
                amendments:
                  - clause: 11.30
                    title: no
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.contract().contract().baseAgreement().version()).isEqualTo("2018");
        assertThat(result.contract().parties().customer().orgNumber()).isEqualTo("983658725");
        assertThat(result.contract().amendments().get(0).clause()).isEqualTo("11.30");
        assertThat(result.contract().amendments().get(0).title()).isEqualTo("no");
    }

    @Test
    void aMeasureValueIsADecimalWhenANumberAndTheTextAsWrittenOtherwise() {
        ReadResult result = READER.read("d.yaml", """
                objectives:
                  - id: a
                    measures:
                      - { id: m, baseline: 12.50, target: "8" }
                      - { id: n, baseline: Lav tillit, target: '  Høy  ' }
                """);

        assertThat(result.problems()).isEmpty();
        var measures = result.contract().objectives().get(0).measures();
        assertThat(measures.get(0).baseline()).isEqualTo(MeasureValue.of(new BigDecimal("12.50")));
        assertThat(measures.get(0).target()).isEqualTo(MeasureValue.of("8"));
        assertThat(measures.get(1).baseline()).isEqualTo(MeasureValue.of("Lav tillit"));
        assertThat(measures.get(1).target()).isEqualTo(MeasureValue.of("  Høy  "));
    }

    @Test
    void positionsPointAtTheQuoteOfAQuotedValueAndTheMarkerOfABlockScalar() {
        ReadResult result = READER.read("d.yaml", """
                contract:
                  title: "Avtale"
                  reference: 'A-1'
                vision: >
                  Sammen.
                expectations:
                  customer: [ "En", To ]
                """);

        assertThat(result.sourceMap().value("contract.title")).contains(new Position(2, 10));
        assertThat(result.sourceMap().value("contract.reference")).contains(new Position(3, 14));
        assertThat(result.sourceMap().value("vision")).contains(new Position(4, 9));
        assertThat(result.sourceMap().value("expectations.customer[0]")).contains(new Position(7, 15));
        assertThat(result.sourceMap().value("expectations.customer[1]")).contains(new Position(7, 21));
    }

    @Test
    void anEmptyValueIsPlacedAtItsKeyRatherThanOnTheNextLine() {
        ReadResult result = READER.read("d.yaml", """
                contract:
                  title:
                  reference: A-1
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.contract().contract().title()).isNull();
        assertThat(result.sourceMap().value("contract.title")).contains(new Position(2, 3));
    }

    @Test
    void aByteOrderMarkIsIgnoredAndPositionsStayOnTheVisibleText() {
        ReadResult result = READER.read("d.yaml", "\uFEFFsamspill: 1\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.sourceMap().value("samspill")).contains(new Position(1, 11));
    }

    @Test
    void oneReaderGivesTheSameResultToManyThreadsAtOnce() throws Exception {
        Path file = complete();
        ReadResult expected = READER.read(file);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<ReadResult>>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> READER.read(file)));
            }
            for (var future : futures) {
                ReadResult actual = future.get();
                assertThat(actual.contract()).isEqualTo(expected.contract());
                assertThat(actual.problems()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.contract().objectives().get(0).measures().get(0).frequency()).isEqualTo(Frequency.quarterly);
    }
}

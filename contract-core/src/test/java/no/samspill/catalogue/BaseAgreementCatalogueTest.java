package no.samspill.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import no.samspill.TemplateException;
import org.junit.jupiter.api.Test;

class BaseAgreementCatalogueTest {

    private static final String FILE = "catalogue.yaml";

    @Test
    void aVersionReadsItsAppendicesTheBonusAndItsClausesInBothLanguages() {
        BaseAgreementCatalogue catalogue = BaseAgreementCatalogue.read(trialAgreement("""
                      - version: "2020"
                        changesAppendix: 8
                        administrativeAppendix: 6
                        changesAfterSigningAppendix: 9
                        disputeClause: "11"
                        priceAppendix: 7
                        serviceLevelAppendix: 5
                        bonusInPriceAppendix: true
                        clauses:
                          mediation: { number: "11.3", title: { nb: Mekling, en: Mediation } }
                          disputedChangeOrders: { number: "3.6–3.9", title: { nb: Tvister om endringer, en: Disputes about changes } }
                """), FILE);

        BaseAgreementVersion version = catalogue.find("SSA-X").orElseThrow().newest();
        assertThat(version.priceAppendix()).isEqualTo(7);
        assertThat(version.serviceLevelAppendix()).isEqualTo(5);
        assertThat(version.bonusInPriceAppendix()).isTrue();
        assertThat(version.disputeClause()).isEqualTo("11");
        assertThat(version.clause(ClauseKey.mediation)).contains(new ClauseReference("11.3", "Mekling", "Mediation"));
        assertThat(version.clause(ClauseKey.courts)).isEmpty();
        // in the order of the keys, whatever the order of the file
        assertThat(version.clauses().keySet()).containsExactly(ClauseKey.mediation, ClauseKey.disputedChangeOrders);
    }

    @Test
    void aCatalogueWrittenBeforeTheNewKeysStillReadsWithTheFactsUnknown() {
        BaseAgreementCatalogue catalogue = BaseAgreementCatalogue.read(trialAgreement("""
                      - { version: "2024", changesAppendix: 7, administrativeAppendix: null,
                          changesAfterSigningAppendix: null, disputeClause: "12" }
                """), FILE);

        BaseAgreementVersion version = catalogue.find("SSA-X").orElseThrow().newest();
        assertThat(version).isEqualTo(new BaseAgreementVersion("2024", 7, null, null, "12"));
        assertThat(version.priceAppendix()).isNull();
        assertThat(version.serviceLevelAppendix()).isNull();
        assertThat(version.bonusInPriceAppendix()).isFalse();
        assertThat(version.clauses()).isEmpty();
    }

    @Test
    void anUnknownKeyOfAVersionIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> BaseAgreementCatalogue.read(trialAgreement("""
                      - version: "2024"
                        pricesAppendix: 7
                """), FILE))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).isEqualTo(FILE);
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.getMessage()).contains("unknown key \"pricesAppendix\"");
                });
    }

    @Test
    void anUnknownKeyIsReportedAtItsOwnLineNotAtTheEndOfItsMapping() {
        assertThatThrownBy(() -> BaseAgreementCatalogue.read("""
                agreements:
                  - code: SSA-X
                    nme: { nb: Prøveavtalen, en: Trial Agreement }
                    versions:
                      - version: "2015"
                      - version: "2024"
                        changesAppendix: 8
                        clauses:
                          courts: { number: "11.4", title: { nb: Domstol, en: Courts } }
                        priceAppendix: 7
                """, FILE))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("unknown key \"nme\"");
                });
        assertThatThrownBy(() -> BaseAgreementCatalogue.read(trialAgreement("""
                      - version: "2015"
                      - version: "2024"
                        clauses:
                          courts: { number: "11.4", title: { nb: Domstol, en: Courts } }
                          mediaton: { number: "11.3", title: { nb: Mekling, en: Mediation } }
                        priceAppendix: 7
                """), FILE))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.line()).isEqualTo(9));
        assertThatThrownBy(() -> BaseAgreementCatalogue.read(trialAgreement("""
                      - version: "2015"
                        serviceLevelApendix: 5
                        changesAppendix: 8
                      - version: "2024"
                """), FILE))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.line()).isEqualTo(6));
    }

    @Test
    void anUnknownClauseIsAnErrorWithItsLineNamingTheClausesACatalogueCanRecord() {
        assertThatThrownBy(() -> BaseAgreementCatalogue.read(trialAgreement("""
                      - version: "2024"
                        clauses:
                          mediaton: { number: "11.3", title: { nb: Mekling, en: Mediation } }
                """), FILE))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.line()).isEqualTo(7);
                    assertThat(e.getMessage()).contains("unknown clause \"mediaton\"")
                            .contains("precedence, representatives, keyPersonnel, cancellation, confidentiality,"
                                    + " writtenForm, negotiation, mediation, courts, disputedChangeOrders");
                });
    }

    @Test
    void anUnknownKeyInAClauseOrItsTitleIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> BaseAgreementCatalogue.read(trialAgreement("""
                      - version: "2024"
                        clauses:
                          mediation: { number: "11.3", title: { nb: Mekling, nn: Mekling } }
                """), FILE))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.line()).isEqualTo(7);
                    assertThat(e.getMessage()).contains("unknown key \"nn\"");
                });
    }

    @Test
    void aClauseWithoutItsNumberOrATitleIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> BaseAgreementCatalogue.read(trialAgreement("""
                      - version: "2024"
                        clauses:
                          mediation: { number: "11.3", title: { nb: Mekling } }
                """), FILE))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.line()).isEqualTo(7);
                    assertThat(e.getMessage()).contains("the clause 11.3 needs a title in nb and en");
                });
        assertThatThrownBy(() -> BaseAgreementCatalogue.read(trialAgreement("""
                      - version: "2024"
                        clauses:
                          courts: { title: { nb: Domstol, en: Courts } }
                """), FILE))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.line()).isEqualTo(7);
                    assertThat(e.getMessage()).contains("a clause needs its \"number\"");
                });
    }

    @Test
    void theClausesOfAVersionCannotBeChangedAfterwards() {
        BaseAgreementVersion version = new BaseAgreementVersion("2015", null, null, null, null, 7, null, false,
                Map.of(ClauseKey.courts, new ClauseReference("11.4", "Domstols- eller voldgiftsbehandling",
                        "Court proceedings or arbitration")));

        assertThatThrownBy(() -> version.clauses().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(ClauseKey.named("courts")).contains(ClauseKey.courts);
        assertThat(ClauseKey.named("court")).isEmpty();
    }

    /** A catalogue of one agreement, SSA-X, with the given versions (lines 5 onwards of the file). */
    private static String trialAgreement(String versions) {
        return """
                agreements:
                  - code: SSA-X
                    name: { nb: Prøveavtalen, en: Trial Agreement }
                    versions:
                """ + versions;
    }
}

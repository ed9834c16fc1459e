package no.samspill.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.samspill.Edition;
import no.samspill.Problem;
import no.samspill.model.Contract;
import no.samspill.model.Language;
import org.junit.jupiter.api.Test;

class TranslatableValuesTest {

    private static final ContractReader READER = ContractReader.create();

    private static final String BILINGUAL = """
            contract:
              title: { nb: Samarbeidsavtale, en: Collaboration Agreement }
              language: nb
            parties:
              customer: { name: Helse Nord RHF, address: "Postboks 1, 8038 Bodø" }
            vision:
              nb: Sammen skal vi.
              en: Together we shall.
            objectives:
              - id: faster
                title: { nb: Raskere, en: Faster }
                measures:
                  - id: satisfaction
                    name: { nb: Tilfredshet, en: Satisfaction }
                    baseline: { nb: ikke målt, en: not measured }
                    target: 8
            governance:
              forums:
                - id: board
                  name: { nb: Styringsgruppe, en: Steering Group }
                  responsibilities:
                    - { nb: Vedta planer, en: Adopt plans }
            """;

    private static List<String> problems(String yaml, Edition edition) {
        return READER.read("d.yaml", yaml, edition).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void eachEditionTakesItsOwnText() {
        Contract nb = READER.read("d.yaml", BILINGUAL, Edition.of(Language.nb)).contract();
        Contract en = READER.read("d.yaml", BILINGUAL, Edition.of(Language.en)).contract();
        assertThat(nb.contract().title()).isEqualTo("Samarbeidsavtale");
        assertThat(en.contract().title()).isEqualTo("Collaboration Agreement");
        assertThat(en.contract().language()).isEqualTo(Language.en);
        assertThat(en.vision()).isEqualTo("Together we shall.");
        assertThat(en.objectives().get(0).measures().get(0).baseline().text()).isEqualTo("not measured");
        assertThat(en.governance().forums().get(0).responsibilities()).containsExactly("Adopt plans");
        assertThat(nb.governance().forums().get(0).name()).isEqualTo("Styringsgruppe");
        // an address is the same in every language
        assertThat(en.parties().customer().address()).isEqualTo("Postboks 1, 8038 Bodø");
    }

    @Test
    void aBilingualDescriptionHasNoProblemInEitherLanguage() {
        assertThat(problems(BILINGUAL, Edition.of(Language.en))).noneMatch(p -> p.contains("text"));
        assertThat(problems(BILINGUAL, Edition.DESCRIBED)).noneMatch(p -> p.contains("text"));
    }

    @Test
    void everyPlainTextIsMissingInTheOtherLanguageAtItsLine() {
        String yaml = """
                contract:
                  title: Samarbeidsavtale
                vision: Sammen skal vi.
                objectives:
                  - id: faster
                    title: Raskere
                    measures:
                      - { id: m, name: Tilfredshet, baseline: ikke målt, target: 8 }
                expectations:
                  customer: [Stille med folk]
                """;
        assertThat(problems(yaml, Edition.of(Language.en))).containsExactly(
                "d.yaml:2:10: contract.title: no English (en) text",
                "d.yaml:3:9: vision: no English (en) text",
                "d.yaml:6:12: objectives[0].title: no English (en) text",
                "d.yaml:8:24: objectives[0].measures[0].name: no English (en) text",
                "d.yaml:8:47: objectives[0].measures[0].baseline: no English (en) text",
                "d.yaml:10:14: expectations.customer[0]: no English (en) text");
        assertThat(problems(yaml, Edition.DESCRIBED)).isEmpty();
        assertThat(problems(yaml, Edition.of(Language.nb))).isEmpty();
    }

    @Test
    void anEnglishDescriptionNeedsNoMapsForItsOwnEdition() {
        String yaml = """
                contract:
                  title: Collaboration Agreement
                  language: en
                vision: Together.
                """;
        assertThat(problems(yaml, Edition.DESCRIBED)).isEmpty();
        assertThat(problems(yaml, Edition.of(Language.nb))).containsExactly(
                "d.yaml:2:10: contract.title: no Norwegian (nb) text",
                "d.yaml:4:9: vision: no Norwegian (nb) text");
    }

    @Test
    void aMapWithoutTheEditionsLanguageIsReportedAtTheMap() {
        String yaml = """
                contract:
                  title: { nb: Samarbeidsavtale }
                """;
        assertThat(problems(yaml, Edition.of(Language.en)))
                .containsExactly("d.yaml:2:10: contract.title: no English (en) text");
        assertThat(READER.read("d.yaml", yaml, Edition.of(Language.en)).contract().contract().title())
                .as("reading goes on with the text there is").isEqualTo("Samarbeidsavtale");
    }

    @Test
    void aKeyThatIsNotALanguageIsReportedAtTheKey() {
        String yaml = """
                contract:
                  title: { nb: Samarbeidsavtale, de: Kooperationsvertrag }
                """;
        assertThat(problems(yaml, Edition.of(Language.nb))).containsExactly(
                "d.yaml:2:34: contract.title.de: \"de\" is not a language of the format; give the text as nb"
                        + " (Norwegian bokmål) and en (English)");
    }

    @Test
    void aNumberOrAWordGivenForALanguageIsItsTextAndAMappingIsNot() {
        String yaml = """
                contract:
                  title: { nb: 2027, en: yes }
                vision: { nb: { text: x }, en: Together. }
                """;
        ReadResult read = READER.read("d.yaml", yaml, Edition.of(Language.en));
        assertThat(read.contract().contract().title()).isEqualTo("yes");
        assertThat(READER.read("d.yaml", yaml, Edition.of(Language.nb)).contract().contract().title()).isEqualTo("2027");
        assertThat(read.problems()).extracting(Problem::toString)
                .containsExactly("d.yaml:3:15: vision.nb: expected a text, found a mapping");
    }

    @Test
    void aNameIsNotTranslatable() {
        String yaml = """
                parties:
                  customer: { name: { nb: Helse Nord, en: Health North } }
                """;
        assertThat(problems(yaml, Edition.DESCRIBED)).singleElement().asString()
                .startsWith("d.yaml:2:21: parties.customer.name: expected text, found a mapping");
    }

    @Test
    void aParallelEditionReadsBothLanguagesThePrevailingOneFirst() {
        ReadResult read = READER.read("d.yaml", BILINGUAL.replace("language: nb", "language: en"), Edition.PARALLEL);
        assertThat(read.contract().contract().language()).isEqualTo(Language.nb);
        assertThat(read.contract().contract().parallel()).isTrue();
        assertThat(read.translation().contract().language()).isEqualTo(Language.en);
        assertThat(read.translation().contract().title()).isEqualTo("Collaboration Agreement");
        assertThat(read.languageMaps()).contains("contract.title", "governance.forums[0].responsibilities[0]");
    }

    @Test
    void theDescriptionCanAskForTheParallelEditionAndThePrevailingLanguage() {
        String yaml = BILINGUAL.replace("language: nb", "language: nb\n  parallel: true\n  prevailingLanguage: en");
        ReadResult read = READER.read("d.yaml", yaml, Edition.DESCRIBED);
        assertThat(read.contract().contract().language()).isEqualTo(Language.en);
        assertThat(read.translation().contract().language()).isEqualTo(Language.nb);
        assertThat(READER.read("d.yaml", yaml, Edition.of(Language.nb)).translation()).isNull();
    }

    @Test
    void aProblemOutsideTheTextsIsReportedOnceInAParallelEdition() {
        String yaml = BILINGUAL + "risks: nothing\n";
        assertThat(problems(yaml, Edition.PARALLEL)).filteredOn(p -> p.contains("risks")).hasSize(1);
    }
}

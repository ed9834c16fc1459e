package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.samspill.TemplateException;
import no.samspill.catalogue.BaseAgreement;
import no.samspill.catalogue.BaseAgreementCatalogue;
import no.samspill.catalogue.BaseAgreementVersion;
import no.samspill.catalogue.ClauseKey;
import no.samspill.catalogue.ClauseReference;
import no.samspill.doc.Document;
import no.samspill.model.Contract;
import no.samspill.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in catalogue's facts, and how a template reads them on {@code base}: the appendix
 * numbers, the bonus and the cited clauses, or nothing where a fact is not verified.
 */
class BaseAgreementFactsTest {

    private static final BaseAgreementCatalogue CATALOGUE = FreemarkerTemplatePack.builtIn().catalogue();

    /** A clause that prints every fact of base, in a pack with both languages. */
    private static final String FACTS_NB = """
            ## Grunnavtalen {#grunnlag}

            Versjon ${base.version}; pris ${base.priceAppendix!"–"}; tjenestenivå ${base.serviceLevelAppendix!"–"}; \
            endringer ${base.changesAppendix!"–"}; administrativt ${base.administrativeAppendix!"–"}; \
            etter signering ${base.changesAfterSigningAppendix!"–"}; bonus ${base.bonusInPriceAppendix?c}.

            <#assign mediation = base.clause("mediation")!>
            <#if mediation?has_content>Mekling: punkt ${mediation.number()} (${mediation.title()}).<#else>Mekling: grunnavtalens bestemmelser om mekling.</#if>

            Domstol: ${(base.clauses.courts.number)!"–"}; rangordning: ${(base.clause("precedence").title)!"–"}.
            """;
    private static final String FACTS_EN = """
            ## The Base Agreement {#grunnlag}

            Version ${base.version}; price ${base.priceAppendix!"–"}; service levels ${base.serviceLevelAppendix!"–"}; \
            changes ${base.changesAppendix!"–"}; administrative ${base.administrativeAppendix!"–"}; \
            after signing ${base.changesAfterSigningAppendix!"–"}; bonus ${base.bonusInPriceAppendix?c}.

            <#assign mediation = base.clause("mediation")!>
            <#if mediation?has_content>Mediation: clause ${mediation.number()} (${mediation.title()}).<#else>Mediation: the mediation provisions of the base agreement.</#if>

            Courts: ${(base.clauses.courts.number)!"–"}; precedence: ${(base.clause("precedence").title)!"–"}.
            """;

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"SSA-B", "SSA-D", "SSA-K", "SSA-O", "SSA-T", "SSA-V"})
    void theSixCodesOfThe2024RevisionHave2024AsTheirNewestVersionWithEveryFactUnknown(String code) {
        BaseAgreement agreement = CATALOGUE.find(code).orElseThrow();
        BaseAgreementVersion newest = agreement.newest();

        assertThat(newest.version()).isEqualTo("2024");
        assertThat(agreement.versions()).hasSizeGreaterThan(1);
        assertThat(newest).isEqualTo(new BaseAgreementVersion("2024", null, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SSA-S", "SSA-L", "SSA-R", "SSA-sky"})
    void theCodesOutsideThe2024RevisionHaveNo2024Version(String code) {
        assertThat(CATALOGUE.find(code).orElseThrow().version("2024")).isEmpty();
    }

    @Test
    void thePriceAndServiceLevelAppendicesAndTheBonusAreThoseTheResearchNotesVerify() {
        for (String code : List.of("SSA-T", "SSA-S", "SSA-D", "SSA-V")) {
            for (String version : List.of("2015", "2018")) {
                assertThat(facts(code, version).priceAppendix()).as("%s %s", code, version).isEqualTo(7);
            }
        }
        assertThat(facts("SSA-D", "2018").serviceLevelAppendix()).isEqualTo(5);
        assertThat(facts("SSA-V", "2015").serviceLevelAppendix()).isEqualTo(5);
        assertThat(facts("SSA-T", "2018").serviceLevelAppendix()).isNull();
        assertThat(facts("SSA-B", "2015").priceAppendix()).isNull();
        assertThat(facts("SSA-S", "2015").bonusInPriceAppendix()).isTrue();
        assertThat(facts("SSA-S", "2018").bonusInPriceAppendix()).isTrue();
        assertThat(facts("SSA-T", "2018").bonusInPriceAppendix()).isFalse();
    }

    @Test
    void onlyTheVerifiedClausesAreRecorded() {
        // SSA-O's section numbers are known, but not for which version: none is recorded.
        assertThat(facts("SSA-O", "2018").clauses()).isEmpty();
        assertThat(facts("SSA-S", "2015").clauses().keySet())
                .containsExactly(ClauseKey.precedence, ClauseKey.representatives);
        assertThat(facts("SSA-S", "2015").clause(ClauseKey.precedence))
                .contains(new ClauseReference("1.3", "Tolkning – rangordning", "Interpretation – ranking"));
        assertThat(facts("SSA-D", "2015").clauses().keySet()).containsExactly(ClauseKey.disputedChangeOrders);
        assertThat(facts("SSA-D", "2015").clause(ClauseKey.disputedChangeOrders).orElseThrow().number())
                .isEqualTo("3.6–3.9");
        for (BaseAgreement agreement : CATALOGUE.agreements()) {
            for (BaseAgreementVersion version : agreement.versions()) {
                boolean recorded = List.of("SSA-S 2015", "SSA-D 2015")
                        .contains(agreement.code() + " " + version.version());
                assertThat(version.clauses().isEmpty()).as("%s %s", agreement.code(), version.version())
                        .isEqualTo(!recorded);
            }
        }
    }

    @Test
    void everyBundledExampleNamesItsBaseVersionSoThatANewerVersionLeavesItsTextAlone() {
        for (String name : Examples.NAMES) {
            assertThat(Examples.read(name).contract().baseAgreement().version()).as(name).isNotNull();
        }
    }

    @Test
    void aTemplateReadsTheVerifiedClausesOfTheVersionInTheContractsLanguage() throws IOException {
        FreemarkerTemplatePack pack = factsPack();

        assertThat(facts(pack, contract("SSA-S", "2015"), Language.nb)).containsExactly(
                "Versjon 2015; pris 7; tjenestenivå –; endringer 8; administrativt 4; etter signering 9; bonus true.",
                "Mekling: grunnavtalens bestemmelser om mekling.",
                "Domstol: –; rangordning: Tolkning – rangordning.");
        assertThat(facts(pack, contract("SSA-S", "2015"), Language.en)).containsExactly(
                "Version 2015; price 7; service levels –; changes 8; administrative 4; after signing 9; bonus true.",
                "Mediation: the mediation provisions of the base agreement.",
                "Courts: –; precedence: Interpretation – ranking.");
        assertThat(facts(pack, contract("SSA-D", "2018"), Language.nb)).containsExactly(
                "Versjon 2018; pris 7; tjenestenivå 5; endringer 8; administrativt –; etter signering 9; bonus false.",
                "Mekling: grunnavtalens bestemmelser om mekling.",
                "Domstol: –; rangordning: –.");
    }

    @Test
    void aDescriptionNamingNoVersionOfARevisedCodeGets2024WithEveryFactUnknown() throws IOException {
        assertThat(facts(factsPack(), contract("SSA-O", null), Language.nb)).containsExactly(
                "Versjon 2024; pris –; tjenestenivå –; endringer –; administrativt –; etter signering –; bonus false.",
                "Mekling: grunnavtalens bestemmelser om mekling.",
                "Domstol: –; rangordning: –.");
        assertThat(facts(factsPack(), contract("SSA-T", "2024"), Language.en)).containsExactly(
                "Version 2024; price –; service levels –; changes –; administrative –; after signing –; bonus false.",
                "Mediation: the mediation provisions of the base agreement.",
                "Courts: –; precedence: –.");
    }

    @Test
    void aClauseTheCatalogueCannotHoldIsATemplateErrorNamingTheKeys() {
        TestPacks pack = TestPacks.in(directory).clause("broken", "## Tittel\n\nPunkt ${(base.clause(\"mediaton\").number)!\"–\"}.\n");

        assertThatThrownBy(() -> pack.build().render(contract("SSA-O", "2018")))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).isEqualTo("clauses/broken.nb.md.ftl");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("\"mediaton\" is not a clause the catalogue can record")
                            .contains("mediation, courts, disputedChangeOrders");
                });
    }

    private FreemarkerTemplatePack factsPack() throws IOException {
        write("pack.yaml", "name: facts\nlanguages: [nb, en]\nclauses:\n  - { id: facts, version: 1 }\n");
        write("clauses/facts.nb.md.ftl", FACTS_NB);
        write("clauses/facts.en.md.ftl", FACTS_EN);
        return FreemarkerTemplatePack.fromDirectory(directory);
    }

    private void write(String file, String text) throws IOException {
        Path path = directory.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    private static List<String> facts(FreemarkerTemplatePack pack, Contract contract, Language language) {
        Document document = pack.render(contract.inLanguage(language));
        return Trees.paragraphTexts(Trees.sectionWithAnchor(document.blocks(), "grunnlag").blocks());
    }

    private static BaseAgreementVersion facts(String code, String version) {
        return CATALOGUE.find(code).orElseThrow().version(version).orElseThrow();
    }

    /** The e-health example on another base agreement; no version when {@code version} is null. */
    private static Contract contract(String code, String version) {
        String example;
        try {
            example = Files.readString(Examples.file("ehelse-ssa-l"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String base = "    code: SSA-L\n    version: \"2018\"\n";
        assertThat(example).contains(base);
        return Contracts.read(example.replace(base,
                "    code: " + code + "\n" + (version == null ? "" : "    version: \"" + version + "\"\n")));
    }
}

package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import no.samspill.TemplatePack;
import no.samspill.doc.Appendix;
import no.samspill.doc.Block;
import no.samspill.doc.CoverPage;
import no.samspill.doc.Document;
import no.samspill.doc.Paragraph;
import no.samspill.doc.PageBreak;
import no.samspill.doc.Part;
import no.samspill.doc.Section;
import no.samspill.doc.SignatureBlock;
import no.samspill.doc.Strong;
import no.samspill.doc.Table;
import no.samspill.doc.TableOfContents;
import no.samspill.doc.Text;
import no.samspill.model.Contract;
import no.samspill.model.Language;
import org.junit.jupiter.api.Test;

class BuiltInPackTest {

    private static final FreemarkerTemplatePack PACK = FreemarkerTemplatePack.builtIn();

    @Test
    void theExampleRendersInNorwegianWithCoverContentsPartsAndSignatures() {
        Document document = PACK.render(Contracts.example());
        List<Block> blocks = document.blocks();

        assertThat(blocks.get(0)).isInstanceOf(CoverPage.class);
        assertThat(blocks.get(1)).isEqualTo(new TableOfContents(List.of(new Text("Innhold"))));
        // The DOCX renderer starts a new page after the cover and the contents by itself.
        assertThat(blocks.get(2)).isInstanceOf(Part.class);
        assertThat(blocks).filteredOn(Part.class::isInstance).extracting(b -> Trees.text(((Part) b).title()))
                .containsExactly("Det relasjonelle grunnlaget", "Styring av samarbeidet", "Forholdet til Grunnavtalen",
                        "Alminnelige bestemmelser");
        assertThat(blocks).filteredOn(Appendix.class::isInstance).extracting(b -> ((Appendix) b).anchor())
                .containsExactly("appendix-measures", "appendix-survey", "appendix-calendar");
        int signatures = blocks.indexOf(blocks.stream().filter(SignatureBlock.class::isInstance).findFirst().orElseThrow());
        assertThat(Trees.text(((Paragraph) blocks.get(signatures - 1)).inlines()))
                .isEqualTo("Til bekreftelse på at Partene er enige om Avtalen, er den undertegnet av personer med fullmakt til å forplikte Partene.");
        assertThat(blocks.get(signatures - 2)).isInstanceOf(PageBreak.class);
        assertThat(blocks.get(signatures - 3)).isInstanceOf(Part.class);
        assertThat(blocks.get(signatures + 1)).isInstanceOf(Appendix.class);

        Part foundation = (Part) blocks.stream().filter(Part.class::isInstance).findFirst().orElseThrow();
        assertThat(foundation.blocks()).extracting(b -> ((Section) b).anchor())
                .containsExactly("parties", "purpose", "vision", "objectives", "principles", "principles-binding",
                        "expectations");
    }

    @Test
    void theCoverShowsTitleSubtitlePartiesReferenceBaseAgreementAndDate() {
        CoverPage cover = (CoverPage) PACK.render(Contracts.example()).blocks().get(0);

        assertThat(Trees.text(cover.title())).isEqualTo("Samarbeidsavtale om ny journalløsning");
        assertThat(Trees.text(cover.subtitle())).isEqualTo("Relasjonsavtale i tillegg til SSA-L (2018)");
        assertThat(cover.fields()).containsExactly(
                new CoverPage.CoverField("Kunde", List.of("Helse Nordvest RHF", "Org.nr. 983 658 725")),
                new CoverPage.CoverField("Leverandør", List.of("Journalsystemer AS", "Org.nr. 923 456 783")),
                new CoverPage.CoverField("Referanse", List.of("HNV-2026-017")),
                new CoverPage.CoverField("Grunnavtale", List.of(
                        "SSA-L (2018) Avtale om løpende tjenestekjøp over Internett",
                        "Avtalereferanse 2026/0412")),
                new CoverPage.CoverField("Dato", List.of("1. desember 2026")));
    }

    @Test
    void theDocumentPropertiesComeFromTheDescription() {
        Document document = PACK.render(Contracts.example());

        assertThat(document.info().title()).isEqualTo("Samarbeidsavtale om ny journalløsning");
        assertThat(document.info().subject()).isEqualTo("Relasjonsavtale");
        assertThat(document.info().keywords()).containsExactly("SSA-L", "relasjonskontrakt");
        assertThat(document.info().language()).isEqualTo("nb");
        assertThat(document.info().reference()).isEqualTo("HNV-2026-017");
        assertThat(document.info().draft()).isTrue();
        assertThat(document.info().date()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(document.info().creator()).isEqualTo("samspill");
    }

    @Test
    void theMeasuresTableHasAHeaderRowAndOneRowPerMeasureWithFormattedValues() {
        Document document = PACK.render(Contracts.example());
        Section stable = Trees.sectionTitled(document.blocks(), "Stabil og trygg drift");
        Table table = Trees.blocksOf(stable.blocks(), Table.class).get(0);

        assertThat(table.headerRows()).isEqualTo(1);
        assertThat(Trees.cells(table)).containsExactly(
                List.of("Måleindikator", "Utgangsverdi", "Målverdi", "Frist", "Hyppighet", "Ansvarlig"),
                List.of("Tilgjengelighet i kjernetid (prosent)", "99,5", "99,9", "–", "månedlig", "Leverandøren"),
                List.of("Brukertilfredshet", "middels", "høy", "–", "halvårlig", "Kunden"));
    }

    @Test
    void principlesUseTheBuiltInTextTheApplicationAndThePartiesOwnPrinciple() {
        Document document = PACK.render(Contracts.example());
        Section principles = Trees.sectionWithAnchor(document.blocks(), "principles");

        assertThat(principles.blocks()).filteredOn(Section.class::isInstance)
                .extracting(b -> Trees.text(((Section) b).title()))
                .containsExactly("Gjensidighet", "Ærlighet", "Lojalitet", "Pasientsikkerhet først");
        Section loyalty = Trees.sectionTitled(principles.blocks(), "Lojalitet");
        List<String> paragraphs = Trees.paragraphTexts(loyalty.blocks());
        assertThat(paragraphs.get(0)).startsWith("Partene skal handle til beste for samarbeidet");
        assertThat(paragraphs.subList(paragraphs.size() - 2, paragraphs.size())).containsExactly(
                "For dette samarbeidet har Partene i tillegg avtalt:",
                "Leverandøren varsler Kunden straks om endringer i produktplanen som kan påvirke klinisk arbeid, og "
                        + "Kunden varsler Leverandøren om planlagte omorganiseringer som berører bruken av løsningen.");
        Section own = Trees.sectionTitled(principles.blocks(), "Pasientsikkerhet først");
        assertThat(own.anchor()).isNull();
        assertThat(Trees.paragraphTexts(own.blocks())).containsExactly(
                "Ingen endring settes i drift før begge Parter er enige om at den er forsvarlig for pasientbehandlingen.");
    }

    @Test
    void theVisionTextFieldIsGraftedWithItsStrongEmphasis() {
        Section vision = Trees.sectionWithAnchor(PACK.render(Contracts.example()).blocks(), "vision");

        Paragraph userText = (Paragraph) vision.blocks().get(1);
        assertThat(userText.inlines()).contains(new Strong(List.of(new Text("enklere"))));
        assertThat(Trees.text(userText.inlines())).isEqualTo("Sammen skal vi gi helsepersonell i regionen et "
                + "journalverktøy som gjør det enklere å gi god og trygg behandling, og som frigjør tid til pasientene.");
    }

    @Test
    void forumsAndTheEscalationLadderNameTheForumsInOrder() {
        Document document = PACK.render(Contracts.example());
        Table forums = Trees.blocksOf(Trees.sectionWithAnchor(document.blocks(), "forums").blocks(), Table.class).get(0);
        Table ladder = Trees.blocksOf(Trees.sectionWithAnchor(document.blocks(), "escalation").blocks(),
                Table.class).get(0);

        assertThat(Trees.cells(forums).get(1)).containsExactly("Strategisk styringsgruppe", "strategisk",
                "fagdirektør (Kunden), administrerende direktør (Leverandøren)", "kvartalsvis", "enighet",
                "Følge opp felles mål og resultatindikatorer; beslutte endringer i samarbeidsformen");
        assertThat(Trees.cells(forums).get(2)).containsExactly("Samarbeidsforum", "taktisk",
                "relasjonsansvarlig (Kunden), relasjonsansvarlig (Leverandøren)", "månedlig", "enighet",
                "Følge opp måleindikatorene, risikoregisteret og varslene; behandle endringsforslag og forslag til"
                        + " forbedringer");
        assertThat(Trees.cells(ladder)).containsExactly(
                List.of("Trinn", "Forum", "Frist (kalenderdager)"),
                List.of("1", "Samarbeidsforum", "10"),
                List.of("2", "Strategisk styringsgruppe", "15"));
    }

    @Test
    void theSignatureBlockHasBothPartiesSignatories() {
        SignatureBlock signatures = PACK.render(Contracts.example()).blocks().stream()
                .filter(SignatureBlock.class::isInstance).map(SignatureBlock.class::cast).findFirst().orElseThrow();

        assertThat(signatures.signatories()).containsExactly(
                new SignatureBlock.Signatory("Kunden", "Helse Nordvest RHF", "Kari Nordmann", "administrerende direktør"),
                new SignatureBlock.Signatory("Leverandøren", "Journalsystemer AS", "Nils Berg", "daglig leder"));
    }

    @Test
    void theExampleRendersInEnglishWithEnglishLabelsAndFormats() {
        Contract english = Contracts.inLanguage(Contracts.example(), Language.en);
        Document document = PACK.render(english);
        CoverPage cover = (CoverPage) document.blocks().get(0);

        assertThat(document.info().language()).isEqualTo("en");
        assertThat(document.info().keywords()).contains("relational contract");
        assertThat(Trees.text(cover.subtitle())).isEqualTo("Relational contract supplementing SSA-L (2018)");
        assertThat(cover.fields().get(4)).isEqualTo(new CoverPage.CoverField("Date", List.of("1 December 2026")));
        assertThat(document.blocks()).filteredOn(Part.class::isInstance).extracting(b -> Trees.text(((Part) b).title()))
                .containsExactly("The relational foundation", "Governance of the relationship",
                        "Relationship to the Base Agreement", "General provisions");
        Table table = Trees.blocksOf(Trees.sectionTitled(document.blocks(), "Stabil og trygg drift").blocks(),
                Table.class).get(0);
        assertThat(Trees.cells(table).get(1)).containsExactly(
                "Tilgjengelighet i kjernetid (prosent)", "99.5", "99.9", "–", "monthly", "the Supplier");
        assertThat(Trees.paragraphTexts(Trees.sectionWithAnchor(document.blocks(), "term").blocks()))
                .anyMatch(p -> p.startsWith("The Agreement applies from 1 January 2027 for a period of five years."));
    }

    @Test
    void theServiceLoaderFindsTheBuiltInPack() {
        // Core is the module that looks packs up; the tests, run inside this module, look as it does.
        BuiltInPackTest.class.getModule().addUses(TemplatePack.class);
        List<TemplatePack> packs = ServiceLoader.load(TemplatePack.class).stream().map(ServiceLoader.Provider::get).toList();

        assertThat(packs).extracting(TemplatePack::name).containsExactly("built-in");
        assertThat(packs.get(0).languages()).containsExactlyInAnyOrder(Language.nb, Language.en);
        assertThat(packs.get(0).catalogue().codes()).contains("SSA-L");
    }
}

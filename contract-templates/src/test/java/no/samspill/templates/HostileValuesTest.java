package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.samspill.doc.BulletList;
import no.samspill.doc.CoverPage;
import no.samspill.doc.Document;
import no.samspill.doc.Paragraph;
import no.samspill.doc.Section;
import no.samspill.doc.Table;
import no.samspill.model.Contract;
import org.junit.jupiter.api.Test;

class HostileValuesTest {

    private static final String HOSTILE = "${x} <#if x> **bold** # | [x](y) <w:p/> & §[vision] {{Kunden}} {#a} [[toc]] \\ _u_ `c` 1. === &amp;";

    private static final String YAML = """
            samspill: 1
            contract:
              title: 'TITLE'
              reference: R-1
              baseAgreement: { code: SSA-L }
              term: { start: 2027-01-01, duration: P1Y }
            parties:
              customer: { name: 'TITLE', orgNumber: "983 658 725" }
              supplier: { name: Leverandør AS, orgNumber: "923 456 783" }
            vision: En visjon.
            objectives:
              - id: o
                title: 'TITLE'
                measures:
                  - { id: m, name: 'TITLE', baseline: 'TITLE' }
            governance:
              forums:
                - id: f
                  name: 'TITLE'
                  level: strategic
                  frequency: monthly
                  members: [ { party: customer, role: 'TITLE' }, { party: supplier, role: leder } ]
                  responsibilities: [ 'TITLE' ]
            expectations:
              customer: [ 'TITLE' ]
            """;

    private final Document document = FreemarkerTemplatePack.builtIn().render(contract(HOSTILE));

    private static Contract contract(String value) {
        return Contracts.read(YAML.replace("TITLE", value.replace("'", "''")));
    }

    @Test
    void aValueWithMarkupCharactersIsExactlyThoseCharactersInAHeading() {
        Section objectives = Trees.sectionWithAnchor(document.blocks(), "objectives");
        Section objective = (Section) objectives.blocks().stream().filter(Section.class::isInstance).findFirst().orElseThrow();

        assertThat(Trees.text(objective.title())).isEqualTo(HOSTILE);
        assertThat(objective.anchor()).isNull();
    }

    @Test
    void aValueWithMarkupCharactersIsExactlyThoseCharactersInATableCell() {
        Section objectives = Trees.sectionWithAnchor(document.blocks(), "objectives");
        Table measures = Trees.blocksOf(objectives.blocks(), Table.class).get(0);

        assertThat(measures.columnCount()).isEqualTo(6);
        assertThat(Trees.cells(measures).get(1).subList(0, 2)).containsExactly(HOSTILE, HOSTILE);
        Table forums = Trees.blocksOf(Trees.sectionWithAnchor(document.blocks(), "forums").blocks(), Table.class).get(0);
        assertThat(Trees.cells(forums).get(1)).hasSize(6).startsWith(HOSTILE)
                .endsWith(HOSTILE).contains(HOSTILE + " (Kunden), leder (Leverandøren)");
    }

    @Test
    void aValueWithMarkupCharactersIsExactlyThoseCharactersInAListItem() {
        Section expectations = Trees.sectionWithAnchor(document.blocks(), "expectations");
        BulletList commitments = Trees.blocksOf(expectations.blocks(), BulletList.class).get(0);

        assertThat(commitments.items()).hasSize(1);
        assertThat(Trees.paragraphTexts(commitments.items().get(0).blocks())).containsExactly(HOSTILE);
    }

    @Test
    void aValueWithMarkupCharactersMakesNoCrossReferenceTermDirectiveOrFormatting() {
        // The forum's name in a sentence that also holds the template's own defined terms: the
        // hostile name must leave exactly the marks the same sentence has with a plain name.
        Paragraph hostile = approvalSentence(document);
        Paragraph plain = approvalSentence(FreemarkerTemplatePack.builtIn().render(contract("Styringsgruppen")));

        assertThat(Trees.text(hostile.inlines())).startsWith("Endringer i Avtalen skal godkjennes av forumet " + HOSTILE + ". ");
        assertThat(hostile.inlines()).extracting(i -> i.getClass().getSimpleName())
                .isEqualTo(plain.inlines().stream().map(i -> i.getClass().getSimpleName()).toList());
        assertThat(Trees.text(hostile.inlines())).isEqualTo(Trees.text(plain.inlines()).replace("Styringsgruppen", HOSTILE));
    }

    private static Paragraph approvalSentence(Document document) {
        return Trees.blocksOf(Trees.sectionWithAnchor(document.blocks(), "changes").blocks(), Paragraph.class).stream()
                .filter(p -> Trees.text(p.inlines()).startsWith("Endringer i Avtalen skal godkjennes av ")).findFirst()
                .orElseThrow();
    }

    @Test
    void theCoverPrintsTheTitleAsGiven() {
        CoverPage cover = (CoverPage) document.blocks().get(0);

        assertThat(Trees.text(cover.title())).isEqualTo(HOSTILE);
        assertThat(cover.fields().get(0).lines().get(0)).isEqualTo(HOSTILE);
    }

    @Test
    void aHostileValueInsideAParagraphWithDefinedTermsKeepsTheTemplatesOwnMarks() {
        Section parties = Trees.sectionWithAnchor(document.blocks(), "parties");
        BulletList list = Trees.blocksOf(parties.blocks(), BulletList.class).get(0);
        Paragraph customer = (Paragraph) list.items().get(0).blocks().get(0);

        assertThat(Trees.text(customer.inlines())).startsWith(HOSTILE + ", org.nr. 983 658 725");
        assertThat(customer.inlines()).filteredOn(i -> i instanceof no.samspill.doc.DefinedTerm)
                .containsExactly(new no.samspill.doc.DefinedTerm("Kunden", true));
        assertThat(List.copyOf(customer.inlines())).hasSize(3);
    }
}

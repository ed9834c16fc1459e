package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import no.samspill.doc.Block;
import no.samspill.doc.Paragraph;
import no.samspill.doc.Section;
import no.samspill.doc.Table;
import no.samspill.doc.Text;
import no.samspill.model.Contract;
import no.samspill.model.Governance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClauseSelectionTest {

    @TempDir
    Path directory;

    private static Contract withoutOptionalParts(Contract c) {
        Governance g = c.governance();
        Governance bare = new Governance(g.forums(), g.relationshipManagers(), null, List.of(), g.disputeResolution(),
                g.earlyWarning(), g.review(), g.exit());
        return new Contract(c.samspill(), c.contract(), c.parties(), "   ", c.vision(), c.objectives(), c.principles(),
                c.expectations(), bare, c.risks(), List.of(), c.amendments());
    }

    @Test
    void aClauseAppearsOnlyWhenItsFieldHasAValue() {
        FreemarkerTemplatePack pack = TestPacks.in(directory)
                .clauseWhen("incentives", "incentives", "Insentiver.\n")
                .clauseWhen("health", "governance.healthCheck", "Helsesjekk.\n")
                .clauseWhen("background", "background", "Bakgrunn.\n")
                .clauseWhen("escalation", "governance.escalation", "Eskalering.\n")
                .clauseWhen("amendments", "amendments", "Endringer.\n")
                .clause("always", "Alltid.\n")
                .build();

        assertThat(texts(pack.render(Contracts.example()).blocks()))
                .containsExactly("Insentiver.", "Helsesjekk.", "Bakgrunn.", "Eskalering.", "Endringer.", "Alltid.");
        assertThat(texts(pack.render(withoutOptionalParts(Contracts.example())).blocks()))
                .containsExactly("Endringer.", "Alltid.");
    }

    @Test
    void theBuiltInPackLeavesOutTheRiskAndIncentiveClausesAndTheAmendmentsOfChoicesTheDescriptionDoesNotMake() {
        Contract example = Contracts.example();
        Governance g = example.governance();
        // Mediation, an agreed venue and a notice period are amendments too: without them, nothing departs from the SSA.
        Governance plain = new Governance(g.forums(), g.relationshipManagers(), g.healthCheck(), g.escalation(), null,
                g.earlyWarning(), g.review(), null);
        Contract bare = new Contract(example.samspill(), example.contract(), example.parties(), example.background(),
                example.vision(), example.objectives(), example.principles(), example.expectations(),
                plain, List.of(), List.of(), List.of());

        assertThat(anchors(FreemarkerTemplatePack.builtIn().render(example).blocks()))
                .contains("risk-register", "incentives", "amendments");
        assertThat(anchors(FreemarkerTemplatePack.builtIn().render(bare).blocks()))
                .contains("forums", "escalation", "changes", "base-agreement", "amendments", "amendment-claims")
                .doesNotContain("risk-register", "incentives", "amendment-mediation", "amendment-disputes", "amendment-notice");
    }

    @Test
    void withoutAnEscalationLadderTheBuiltInPackClimbsEveryForumFromTheLowestLevel() {
        List<Block> blocks = FreemarkerTemplatePack.builtIn().render(withoutOptionalParts(Contracts.example())).blocks();
        Table ladder = Trees.blocksOf(Trees.sectionWithAnchor(blocks, "escalation").blocks(), Table.class).get(0);

        assertThat(Trees.cells(ladder)).containsExactly(
                List.of("Trinn", "Forum", "Frist (kalenderdager)"),
                List.of("1", "Samarbeidsforum", "15"),
                List.of("2", "Strategisk styringsgruppe", "15"));
    }

    private static List<String> anchors(List<Block> blocks) {
        return Trees.blocksOf(blocks, Section.class).stream().map(Section::anchor).filter(a -> a != null).toList();
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(b -> ((Text) ((Paragraph) b).inlines().get(0)).text()).toList();
    }
}

package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import no.samspill.doc.Block;
import no.samspill.doc.Paragraph;
import no.samspill.doc.Section;
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
    void theBuiltInEscalationClauseIsLeftOutWithoutAnEscalationLadder() {
        List<Block> blocks = FreemarkerTemplatePack.builtIn().render(withoutOptionalParts(Contracts.example())).blocks();

        assertThat(Trees.blocksOf(blocks, Section.class)).extracting(Section::anchor)
                .contains("forums").doesNotContain("escalation");
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(b -> ((Text) ((Paragraph) b).inlines().get(0)).text()).toList();
    }
}

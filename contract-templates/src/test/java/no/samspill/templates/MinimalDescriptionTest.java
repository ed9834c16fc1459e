package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.samspill.doc.Appendix;
import no.samspill.doc.Document;
import no.samspill.doc.DocumentPasses;
import no.samspill.doc.Section;
import no.samspill.internal.read.ContractReader;
import no.samspill.internal.read.ReadResult;
import no.samspill.internal.validate.ContractValidator;
import no.samspill.model.Contract;
import no.samspill.model.Language;
import no.samspill.render.TextRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A description with only the required fields: every optional clause and sentence falls away cleanly. */
class MinimalDescriptionTest {

    private static final String MINIMAL = """
            samspill: 1
            contract:
              title: Samarbeidsavtale
              reference: MIN-1
              baseAgreement: { code: SSA-B }
              term: { start: 2027-01-01, duration: P2Y }
            parties:
              customer: { name: Kunde AS, orgNumber: "983 658 725" }
              supplier: { name: Leverandør AS, orgNumber: "923 456 783" }
            vision: Et godt samarbeid.
            objectives:
              - { id: quality, title: God kvalitet }
            governance:
              forums:
                - id: board
                  name: Styringsgruppen
                  level: strategic
                  frequency: quarterly
                  members: [ { party: customer, role: direktør }, { party: supplier, role: daglig leder } ]
            """;

    private static Contract minimal(Language language) {
        ReadResult read = ContractReader.create().read("minimal.yaml", MINIMAL);
        assertThat(read.problems()).isEmpty();
        // The least the format asks for is valid; that it makes a weak contract is for the warnings to say.
        assertThat(new ContractValidator(Examples.PACK.catalogue()).validate(read.contract(), read.sourceMap(), "minimal.yaml"))
                .filteredOn(problem -> !problem.isWarning())
                .isEmpty();
        return Contracts.inLanguage(read.contract(), language);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aDescriptionWithOnlyTheRequiredFieldsRendersWithoutTheOptionalClauses(Language language) {
        Document document = DocumentPasses.apply(Examples.PACK.render(minimal(language)));
        String text = new TextRenderer().render(document);

        List<String> anchors = Trees.blocksOf(document.blocks(), Section.class).stream().map(Section::anchor)
                .filter(a -> a != null).toList();
        assertThat(anchors).contains("parties", "vision", "objectives", "principles", "forums", "escalation",
                "changes", "exit", "base-agreement");
        assertThat(anchors).doesNotContain("expectations", "risk-register", "incentives", "amendment-mediation",
                "amendment-disputes", "amendment-notice", "amendment-interpretation", "amendment-incentives");
        assertThat(anchors).contains("amendments", "amendment-claims");
        assertThat(Trees.blocksOf(document.blocks(), Appendix.class)).extracting(Appendix::anchor)
                .containsExactly("appendix-survey", "appendix-calendar");
        assertThat(Trees.sectionWithAnchor(document.blocks(), "principles").blocks())
                .filteredOn(Section.class::isInstance).hasSize(6);
        assertThat(text).doesNotContain("null", "{{", "§[", "[[", "${");
        assertThat(text).contains("Styringsgruppen").doesNotContain("the Styringsgruppen");
    }
}

package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import no.samspill.ContractException;
import no.samspill.doc.Block;
import no.samspill.doc.Document;
import no.samspill.doc.Section;
import no.samspill.doc.TableOfContents;
import no.samspill.doc.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserPackTest {

    @TempDir
    Path directory;

    @Test
    void aDirectoryWithOneClauseOverridesThatClauseAndKeepsTheRestOfTheBuiltInPack() {
        TestPacks.in(directory).write("clauses/vision.nb.md.ftl", "## Vår visjon {#vision}\n\nEgen tekst.\n");
        Document own = FreemarkerTemplatePack.fromDirectory(directory).render(Contracts.example());
        Document builtIn = FreemarkerTemplatePack.builtIn().render(Contracts.example());

        Section vision = Trees.sectionWithAnchor(own.blocks(), "vision");
        assertThat(vision.title()).containsExactly(new Text("Vår visjon"));
        assertThat(Trees.paragraphTexts(vision.blocks())).containsExactly("Egen tekst.");
        assertThat(Trees.sectionWithAnchor(own.blocks(), "principles"))
                .isEqualTo(Trees.sectionWithAnchor(builtIn.blocks(), "principles"));
        assertThat(own.blocks()).hasSameSizeAs(builtIn.blocks());
    }

    @Test
    void aDirectoryOverridesSingleLabelsAndAddsToTheCatalogue() {
        TestPacks.in(directory)
                .write("labels.nb.properties", "toc.title=Innholdsfortegnelse\n")
                .write("catalogue.yaml", """
                        agreements:
                          - code: SSA-X
                            name: { nb: Prøveavtale, en: Trial agreement }
                            versions:
                              - { version: "2024", changesAppendix: 7, administrativeAppendix: null,
                                  changesAfterSigningAppendix: null, disputeClause: "12" }
                        """);
        FreemarkerTemplatePack pack = FreemarkerTemplatePack.fromDirectory(directory);
        List<Block> blocks = pack.render(Contracts.example()).blocks();

        assertThat(blocks.get(1)).isEqualTo(new TableOfContents(List.of(new Text("Innholdsfortegnelse"))));
        List<String> builtInCodes = FreemarkerTemplatePack.builtIn().catalogue().codes();
        assertThat(pack.catalogue().codes()).startsWith(builtInCodes.toArray(String[]::new)).endsWith("SSA-X")
                .hasSize(builtInCodes.size() + 1);
        assertThat(pack.catalogue().find("SSA-X").orElseThrow().newest().changesAppendix()).isEqualTo(7);
        assertThat(pack.name()).isEqualTo(directory.toString());
    }

    @Test
    void aClauseOfThePacksOwnCatalogueIsCitedByATemplateOfThePack() {
        TestPacks pack = TestPacks.in(directory)
                .write("catalogue.yaml", """
                        agreements:
                          - code: SSA-L
                            name: { nb: Egen SSA-L, en: Own SSA-L }
                            versions:
                              - version: "2018"
                                changesAppendix: 7
                                priceAppendix: 4
                                clauses:
                                  mediation: { number: "12.3", title: { nb: Mekling, en: Mediation } }
                        """)
                .clause("disputes", """
                        ## Tvister {#disputes}

                        <#if base.clause("mediation")??>Mekling etter punkt ${base.clause("mediation").number()} \
                        (${base.clause("mediation").title()}); pris i bilag ${base.priceAppendix}.<#else>Ingen.</#if>
                        """);
        Document document = pack.build().render(Contracts.example());

        assertThat(Trees.paragraphTexts(Trees.sectionWithAnchor(document.blocks(), "disputes").blocks()))
                .containsExactly("Mekling etter punkt 12.3 (Mekling); pris i bilag 4.");
    }

    @Test
    void aDirectoryThatDoesNotExistIsAPlainError() {
        assertThatThrownBy(() -> FreemarkerTemplatePack.fromDirectory(directory.resolve("missing")))
                .isInstanceOf(ContractException.class)
                .hasMessageContaining("does not exist");
    }
}

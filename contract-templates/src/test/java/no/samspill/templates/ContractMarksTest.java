package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import no.samspill.TemplateException;
import no.samspill.doc.Appendix;
import no.samspill.doc.Block;
import no.samspill.doc.BulletList;
import no.samspill.doc.CrossReference;
import no.samspill.doc.DefinedTerm;
import no.samspill.doc.Emphasis;
import no.samspill.doc.LineBreak;
import no.samspill.doc.PageBreak;
import no.samspill.doc.Paragraph;
import no.samspill.doc.Part;
import no.samspill.doc.Section;
import no.samspill.doc.SignatureBlock;
import no.samspill.doc.Strong;
import no.samspill.doc.Table;
import no.samspill.doc.TableOfContents;
import no.samspill.doc.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractMarksTest {

    @TempDir
    Path directory;

    private List<Block> render(String template) {
        return TestPacks.in(directory).clause("only", template).build().render(Contracts.example()).blocks();
    }

    @Test
    void headingsNestIntoPartsSectionsAndAppendicesWithTheirAnchors() {
        List<Block> blocks = render("""
                # Del en {#one}

                ## Første {#first}

                Tekst.

                ### Under {#sub}

                #### Dypest

                ## Andre

                # Vedlegg {.appendix #app}

                Vedleggstekst.
                """);

        assertThat(blocks).hasSize(2);
        Part part = (Part) blocks.get(0);
        assertThat(part.anchor()).isEqualTo("one");
        assertThat(part.title()).containsExactly(new Text("Del en"));
        Section first = (Section) part.blocks().get(0);
        assertThat(first.anchor()).isEqualTo("first");
        assertThat(first.blocks().get(0)).isEqualTo(new Paragraph(List.of(new Text("Tekst."))));
        Section sub = (Section) first.blocks().get(1);
        assertThat(sub.anchor()).isEqualTo("sub");
        assertThat(((Section) sub.blocks().get(0)).title()).containsExactly(new Text("Dypest"));
        Section second = (Section) part.blocks().get(1);
        assertThat(second.anchor()).isNull();
        assertThat(second.title()).containsExactly(new Text("Andre"));
        Appendix appendix = (Appendix) blocks.get(1);
        assertThat(appendix.anchor()).isEqualTo("app");
        assertThat(appendix.title()).containsExactly(new Text("Vedlegg"));
        assertThat(appendix.blocks()).containsExactly(new Paragraph(List.of(new Text("Vedleggstekst."))));
    }

    @Test
    void crossReferencesAndDefinedTermsBecomeTheirNodes() {
        List<Block> blocks = render("""
                ## Mål {#goals}

                {{=Kunden}} og {{Leverandøren}} følger opp målene, se §[goals] og *§[goals]*.
                """);

        Paragraph paragraph = (Paragraph) ((Section) blocks.get(0)).blocks().get(0);
        assertThat(paragraph.inlines()).containsExactly(
                new DefinedTerm("Kunden", true),
                new Text(" og "),
                new DefinedTerm("Leverandøren", false),
                new Text(" følger opp målene, se "),
                new CrossReference("goals", null),
                new Text(" og "),
                new Emphasis(List.of(new CrossReference("goals", null))),
                new Text("."));
    }

    @Test
    void anAttributeBlockOutsideAHeadingIsPlainText() {
        List<Block> blocks = render("Teksten {#ikke-anker} blir stående.\n");

        assertThat(blocks).containsExactly(new Paragraph(List.of(new Text("Teksten {#ikke-anker} blir stående."))));
    }

    @Test
    void blockDirectivesBecomeTheirNodesAndDocumentLevelOnesLeaveTheOpenSectionWithTheirPageBreak() {
        List<Block> blocks = render("""
                [[toc]]

                ## Seksjon

                [[pagebreak]]

                [[signatures]]
                """);

        assertThat(blocks.get(0)).isEqualTo(new TableOfContents(List.of(new Text("Innhold"))));
        assertThat(((Section) blocks.get(1)).blocks()).isEmpty();
        assertThat(blocks.get(2)).isEqualTo(new PageBreak());
        assertThat(blocks.get(3)).isInstanceOf(SignatureBlock.class);
    }

    @Test
    void theParagraphsBetweenThatPageBreakAndTheSignaturesLeaveWithThem() {
        List<Block> blocks = render("""
                ## Seksjon

                Siste ledd i seksjonen.

                [[pagebreak]]

                Til bekreftelse er avtalen undertegnet.

                [[signatures]]
                """);

        assertThat(((Section) blocks.get(0)).blocks())
                .containsExactly(new Paragraph(List.of(new Text("Siste ledd i seksjonen."))));
        assertThat(blocks.get(1)).isEqualTo(new PageBreak());
        assertThat(blocks.get(2)).isEqualTo(new Paragraph(List.of(new Text("Til bekreftelse er avtalen undertegnet."))));
        assertThat(blocks.get(3)).isInstanceOf(SignatureBlock.class);
    }

    @Test
    void withoutAPageBreakTheParagraphsBeforeTheSignaturesStayInTheirSection() {
        List<Block> blocks = render("""
                ## Seksjon

                Siste ledd i seksjonen.

                [[signatures]]
                """);

        assertThat(((Section) blocks.get(0)).blocks())
                .containsExactly(new Paragraph(List.of(new Text("Siste ledd i seksjonen."))));
        assertThat(blocks.get(1)).isInstanceOf(SignatureBlock.class);
    }

    @Test
    void tablesKeepTheirHeaderRowAndCells() {
        List<Block> blocks = render("""
                | A | **B** |
                |---|---|
                | 1 | {{Kunden}} |
                """);

        Table table = (Table) blocks.get(0);
        assertThat(table.headerRows()).isEqualTo(1);
        assertThat(table.rows().get(0).cells().get(1).inlines()).containsExactly(new Strong(List.of(new Text("B"))));
        assertThat(table.rows().get(1).cells().get(1).inlines()).containsExactly(new DefinedTerm("Kunden", false));
    }

    @Test
    void aTextFieldIsReadOnItsOwnAndGraftedWithItsEmphasisAndLists() {
        List<Block> blocks = render("""
                ## Bakgrunn

                <@text background/>

                Slutt.
                """);

        Section section = (Section) blocks.get(0);
        assertThat(section.blocks()).hasSize(3);
        Paragraph first = (Paragraph) section.blocks().get(0);
        assertThat(Trees.text(first.inlines())).startsWith("Partene har gjennom anskaffelsen erfart");
        Paragraph second = (Paragraph) section.blocks().get(1);
        assertThat(second.inlines()).contains(new Emphasis(List.of(new Text("langsiktig"))));
        assertThat(section.blocks().get(2)).isEqualTo(new Paragraph(List.of(new Text("Slutt."))));
    }

    @Test
    void aTextFieldWithListsAndTemplateSyntaxKeepsTheListsAndPrintsTheSyntax() {
        String yaml = """
                samspill: 1
                contract:
                  title: T
                  reference: R-1
                  baseAgreement: { code: SSA-L }
                  term: { start: 2027-01-01, duration: P1Y }
                parties:
                  customer: { name: K, orgNumber: "983 658 725" }
                  supplier: { name: L, orgNumber: "923 456 783" }
                vision: |
                  Vi skal:

                  - levere *raskt*
                  - dele ${kunnskap} og <#if x> og §[vision] og {{Kunden}} og [[toc]]

                  # Ikke en overskrift
                objectives: [ { id: o, title: O } ]
                governance:
                  forums: [ { id: f, name: F, level: strategic, frequency: monthly, members: [ { party: customer, role: r } ] } ]
                """;
        List<Block> blocks = TestPacks.in(directory).clause("only", "<@text vision/>\n").build()
                .render(Contracts.read(yaml)).blocks();

        assertThat(blocks).hasSize(3);
        BulletList list = (BulletList) blocks.get(1);
        assertThat(((Paragraph) list.items().get(0).blocks().get(0)).inlines())
                .containsExactly(new Text("levere "), new Emphasis(List.of(new Text("raskt"))));
        assertThat(Trees.paragraphTexts(list.items().get(1).blocks()))
                .containsExactly("dele ${kunnskap} og <#if x> og §[vision] og {{Kunden}} og [[toc]]");
        assertThat(blocks.get(2)).isEqualTo(new Paragraph(List.of(new Text("Ikke en overskrift"))));
    }

    @Test
    void anInlineTextFieldGivesItsInlinesInsideASentence() {
        List<Block> blocks = render("Bakgrunn: <@textInline background/> Slutt.\n");

        Paragraph paragraph = (Paragraph) blocks.get(0);
        assertThat(paragraph.inlines()).contains(new LineBreak(), new Emphasis(List.of(new Text("langsiktig"))));
        assertThat(Trees.text(paragraph.inlines())).startsWith("Bakgrunn: Partene har gjennom").endsWith(" Slutt.");
    }

    @Test
    void anUnknownDirectiveIsATemplateErrorAtItsLine() {
        TestPacks pack = TestPacks.in(directory).clause("only", "Tekst.\n\n[[tabell]]\n");

        assertThatThrownBy(() -> pack.build().render(Contracts.example()))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).isEqualTo("clauses/only.nb.md.ftl");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("[[tabell]] is not a directive");
                });
    }

    @Test
    void aCrossReferenceToAnUnknownAnchorIsATemplateErrorAtItsLine() {
        TestPacks pack = TestPacks.in(directory).clause("only", "## A {#a}\n\nSe §[a] og\n§[b].\n");

        assertThatThrownBy(() -> pack.build().render(Contracts.example()))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).isEqualTo("clauses/only.nb.md.ftl");
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("§[b] points at no section");
                });
    }

    @Test
    void anAnchorUsedTwiceIsATemplateError() {
        TestPacks pack = TestPacks.in(directory).clause("one", "## A {#a}\n").clause("two", "\n## B {#a}\n");

        assertThatThrownBy(() -> pack.build().render(Contracts.example()))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).isEqualTo("clauses/two.nb.md.ftl");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("already used in clauses/one.nb.md.ftl");
                });
    }

    @Test
    void htmlWrittenByATemplateIsATemplateError() {
        TestPacks pack = TestPacks.in(directory).clause("only", "Tekst.\n\n<div>x</div>\n");

        assertThatThrownBy(() -> pack.build().render(Contracts.example()))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("an HTML block cannot be used in a contract");
                });
    }
}

package no.samspill.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentPassesTest {

    private static DocumentInfo info(String language) {
        return new DocumentInfo("T", "S", List.of(), language, "R-1", true, LocalDate.of(2026, 1, 1), "samspill");
    }

    private static Section section(String anchor, Block... blocks) {
        return new Section(anchor, List.of(new Text(anchor == null ? "untitled" : anchor)), List.of(blocks), null);
    }

    private static Paragraph refersTo(String... anchors) {
        List<Inline> inlines = new ArrayList<>();
        for (String anchor : anchors) {
            inlines.add(new CrossReference(anchor, null));
        }
        return new Paragraph(inlines);
    }

    private static Document document(String language) {
        return new Document(info(language), List.of(
                new Part("one", List.of(new Text("First")), List.of(
                        section("a", section("a1", section("a1x")), section("a2")),
                        section("b")), null),
                new Part(null, List.of(new Text("Second")), List.of(
                        section("c", refersTo("a1x", "c", "appendix-two", "one"))), null),
                new Appendix("appendix-one", List.of(new Text("X")), List.of(section("x1", section("x1a"))), null),
                new Appendix("appendix-two", List.of(new Text("Y")), List.of(), null)));
    }

    private static Part part(Document document, int index) {
        return (Part) document.blocks().get(index);
    }

    private static Section section(Block parent, int index) {
        List<Block> blocks = parent instanceof Part part ? part.blocks()
                : parent instanceof Appendix appendix ? appendix.blocks() : ((Section) parent).blocks();
        return (Section) blocks.get(index);
    }

    @Test
    void parts_are_labelled_in_the_document_language() {
        assertThat(part(DocumentPasses.number(document("nb")), 0).label()).isEqualTo("Del I");
        assertThat(part(DocumentPasses.number(document("nb")), 1).label()).isEqualTo("Del II");
        assertThat(part(DocumentPasses.number(document("en")), 1).label()).isEqualTo("Part II");
    }

    @Test
    void sections_are_numbered_by_depth_and_numbering_continues_across_parts() {
        Document numbered = DocumentPasses.number(document("nb"));
        Part first = part(numbered, 0);

        assertThat(section(first, 0).number()).isEqualTo("1");
        assertThat(section(section(first, 0), 0).number()).isEqualTo("1.1");
        assertThat(section(section(section(first, 0), 0), 0).number()).isEqualTo("1.1.1");
        assertThat(section(section(first, 0), 1).number()).isEqualTo("1.2");
        assertThat(section(first, 1).number()).isEqualTo("2");
        assertThat(section(part(numbered, 1), 0).number()).isEqualTo("3");
    }

    @Test
    void appendices_are_numbered_on_their_own_and_count_their_sections_from_one() {
        Document numbered = DocumentPasses.number(document("nb"));
        Appendix first = (Appendix) numbered.blocks().get(2);

        assertThat(first.number()).isEqualTo("1");
        assertThat(((Appendix) numbered.blocks().get(3)).number()).isEqualTo("2");
        assertThat(section(first, 0).number()).isEqualTo("1");
        assertThat(section(section(first, 0), 0).number()).isEqualTo("1.1");
    }

    @Test
    void cross_references_get_the_number_of_their_target() {
        Document resolved = DocumentPasses.apply(document("nb"));
        Paragraph paragraph = (Paragraph) section(part(resolved, 1), 0).blocks().get(0);

        assertThat(paragraph.inlines()).extracting(inline -> ((CrossReference) inline).number())
                .containsExactly("1.1.1", "3", "2", "Del I");
    }

    @Test
    void running_the_passes_again_changes_nothing() {
        Document once = DocumentPasses.apply(document("nb"));

        assertThat(DocumentPasses.apply(once)).isEqualTo(once);
    }

    @Test
    void a_reference_to_an_unknown_anchor_names_every_unknown_anchor() {
        Document document = new Document(info("nb"), List.of(
                section("known", refersTo("escalation", "known", "exit"))));

        assertThatThrownBy(() -> DocumentPasses.apply(document))
                .isInstanceOfSatisfying(CrossReferenceException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CrossReferenceException.Reason.UNKNOWN_ANCHOR);
                    assertThat(e.anchors()).containsExactly("escalation", "exit");
                    assertThat(e.anchor()).isEqualTo("escalation");
                })
                .hasMessageContaining("\"escalation\", \"exit\"");
    }

    @Test
    void an_anchor_used_by_two_headings_is_refused() {
        Document document = new Document(info("nb"), List.of(
                section("escalation"),
                new Appendix("escalation", List.of(new Text("A")), List.of(), null)));

        assertThatThrownBy(() -> DocumentPasses.apply(document))
                .isInstanceOfSatisfying(CrossReferenceException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CrossReferenceException.Reason.DUPLICATE_ANCHOR);
                    assertThat(e.anchors()).containsExactly("escalation");
                })
                .hasMessageContaining("\"escalation\" is used by more than one heading");
    }

    @Test
    void cross_references_in_tables_lists_and_titles_are_resolved_too() {
        Document document = new Document(info("en"), List.of(
                new Section("target", List.of(new Text("See "), new CrossReference("other", null)), List.of(
                        new BulletList(List.of(new ListItem(List.of(refersTo("other"))))),
                        new Table(0, List.of(new Table.Row(List.of(new Table.Cell(List.of(
                                new Strong(List.of(new CrossReference("target", null)))))))))), null),
                new Appendix("other", List.of(new Text("O")), List.of(), null)));

        Section resolved = (Section) DocumentPasses.apply(document).blocks().get(0);

        assertThat(resolved.title().get(1)).isEqualTo(new CrossReference("other", "1"));
        Paragraph inList = (Paragraph) ((BulletList) resolved.blocks().get(0)).items().get(0).blocks().get(0);
        assertThat(inList.inlines()).containsExactly(new CrossReference("other", "1"));
        Table table = (Table) resolved.blocks().get(1);
        assertThat(table.rows().get(0).cells().get(0).inlines())
                .containsExactly(new Strong(List.of(new CrossReference("target", "1"))));
    }
}

package no.samspill.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParallelDocumentTest {

    private static DocumentInfo info(String language) {
        return new DocumentInfo("T", "S", List.of(), language, "R-1", false, LocalDate.of(2026, 1, 1), "samspill");
    }

    private static List<Inline> text(String text) {
        return List.of(new Text(text));
    }

    private static Paragraph paragraph(String text, String... anchors) {
        List<Inline> inlines = new ArrayList<>(text(text));
        for (String anchor : anchors) {
            inlines.add(new CrossReference(anchor, null));
        }
        return new Paragraph(inlines);
    }

    private static Table table(int rows, int columns) {
        List<Table.Row> all = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Table.Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(new Table.Cell(text("r" + r + "c" + c)));
            }
            all.add(new Table.Row(cells));
        }
        return new Table(1, all);
    }

    private static ListItem item(Block... blocks) {
        return new ListItem(List.of(blocks));
    }

    /**
     * The same contract in two languages: only the words differ. {@code decisions} is what the
     * left edition's section 2.2 holds, so a test can change it in the right edition alone.
     */
    private static Document edition(String language, List<Block> decisions) {
        boolean nb = language.equals("nb");
        return DocumentPasses.apply(new Document(info(language), List.of(
                new CoverPage(text(nb ? "Avtale" : "Agreement"), List.of(), List.of(
                        new CoverPage.CoverField(nb ? "Kunde" : "Customer", List.of("Fjordvik kommune")))),
                new TableOfContents(text(nb ? "Innhold" : "Contents")),
                new Part("foundation", text(nb ? "Grunnlaget" : "Foundation"), List.of(
                        new Section("parties", text(nb ? "Parter" : "Parties"), List.of(
                                paragraph(nb ? "Se punkt " : "See clause ", "forums")), null),
                        new Section("forums", text(nb ? "Fora" : "Forums"), List.of(
                                table(3, 2),
                                new Section(null, text(nb ? "Medlemmer" : "Members"), List.of(
                                        new BulletList(List.of(item(paragraph("a")), item(paragraph("b"))))), null),
                                new Section(null, text(nb ? "Beslutninger" : "Decisions"), decisions, null)), null)), null),
                new PageBreak(),
                new SignatureBlock(List.of(new SignatureBlock.Signatory(nb ? "Kunden" : "the Customer", "Fjordvik", null, null))),
                new Appendix("calendar", text(nb ? "Kalender" : "Calendar"), List.of(
                        new OrderedList(1, List.of(item(paragraph("x"))))), null))));
    }

    private static List<Block> decisions(String language) {
        boolean nb = language.equals("nb");
        return List.of(
                paragraph(nb ? "Et forum beslutter " : "A forum decides "),
                paragraph(nb ? "ved enstemmighet, se punkt " : "unanimously, see clause ", "parties"),
                paragraph(nb ? "Beslutninger protokolleres." : "Decisions are minuted."));
    }

    private static Document norwegian() {
        return edition("nb", decisions("nb"));
    }

    @Test
    void the_same_contract_in_two_languages_has_the_same_shape() {
        assertThat(ParallelDocument.differences(norwegian(), edition("en", decisions("en")))).isEmpty();
        assertThat(ParallelDocument.differences(norwegian(), norwegian())).isEmpty();
    }

    @Test
    void an_extra_paragraph_is_one_difference_named_by_the_left_section_number_and_title() {
        List<Block> more = new ArrayList<>(decisions("en"));
        more.add(1, paragraph("An extra sentence."));

        assertThat(ParallelDocument.differences(norwegian(), edition("en", more))).containsExactly(
                "section 2.2 \"Beslutninger\": the right edition has an extra block, a paragraph, after paragraph 1");
    }

    @Test
    void a_missing_paragraph_and_a_paragraph_of_another_kind_are_named_by_their_place_among_the_paragraphs() {
        List<Block> fewer = List.of(decisions("en").get(0), decisions("en").get(1));
        assertThat(ParallelDocument.differences(norwegian(), edition("en", fewer))).containsExactly(
                "section 2.2 \"Beslutninger\": paragraph 3 is missing from the right edition");

        List<Block> other = List.of(decisions("en").get(0), decisions("en").get(1), table(2, 2));
        assertThat(ParallelDocument.differences(norwegian(), edition("en", other))).containsExactly(
                "section 2.2 \"Beslutninger\": paragraph 3 is a table in the right edition");
    }

    @Test
    void a_table_of_another_size_is_a_difference() {
        Document right = edition("en", decisions("en"));
        Part part = (Part) right.blocks().get(2);
        Section forums = (Section) part.blocks().get(1);
        List<Block> blocks = new ArrayList<>(forums.blocks());
        blocks.set(0, table(4, 2));
        Part changed = part.withLabel(part.label(), List.of(part.blocks().get(0), forums.withNumber(forums.number(), blocks)));
        List<Block> top = new ArrayList<>(right.blocks());
        top.set(2, changed);

        assertThat(ParallelDocument.differences(norwegian(), new Document(right.info(), top))).containsExactly(
                "section 2 \"Fora\": table 1 has 3 rows × 2 columns in the left edition and 4 rows × 2 columns in the right");
    }

    @Test
    void a_cross_reference_to_another_anchor_is_a_difference() {
        List<Block> refersElsewhere = new ArrayList<>(decisions("en"));
        refersElsewhere.set(1, paragraph("unanimously, see clause ", "forums"));

        assertThat(ParallelDocument.differences(norwegian(), edition("en", refersElsewhere))).containsExactly(
                "section 2.2 \"Beslutninger\": paragraph 2 refers to \"parties\" in the left edition and to \"forums\" in the right");
    }

    @Test
    void lists_of_another_length_headings_with_other_anchors_and_parts_of_list_items_are_differences() {
        Document left = new Document(info("nb"), List.of(
                new Section("a", text("A"), List.of(
                        new BulletList(List.of(item(paragraph("one")), item(paragraph("two"), paragraph("more")))),
                        new OrderedList(1, List.of(item(paragraph("x"))))), "1")));
        Document right = new Document(info("en"), List.of(
                new Section("b", text("A"), List.of(
                        new BulletList(List.of(item(paragraph("one")), item(paragraph("two")))),
                        new OrderedList(1, List.of(item(paragraph("x")), item(paragraph("y"))))), "1")));

        assertThat(ParallelDocument.differences(left, right)).containsExactly(
                "section 1 \"A\": the anchor is \"a\" in the left edition and \"b\" in the right",
                "section 1 \"A\": bullet list 1, item 2: paragraph 2 is missing from the right edition",
                "section 1 \"A\": numbered list 1 has 1 item in the left edition and 2 in the right");
    }

    @Test
    void editions_of_different_shapes_cannot_make_a_parallel_document() {
        Document right = edition("en", List.of(decisions("en").get(0)));

        assertThatThrownBy(() -> new ParallelDocument(norwegian().info(), norwegian(), right))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("differ in shape")
                .hasMessageContaining("section 2.2 \"Beslutninger\": paragraph 2 and paragraph 3 are missing from the right edition");
    }
}

package no.samspill.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.doc.Appendix;
import no.samspill.doc.Block;
import no.samspill.doc.CoverPage;
import no.samspill.doc.CrossReference;
import no.samspill.doc.Document;
import no.samspill.doc.DocumentInfo;
import no.samspill.doc.Inline;
import no.samspill.doc.ParallelDocument;
import no.samspill.doc.Paragraph;
import no.samspill.doc.Section;
import no.samspill.doc.SignatureBlock;
import no.samspill.doc.Text;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/** Two editions side by side in one DOCX, read back with POI. */
class ParallelDocxRendererTest {

    private static final DocxRenderer RENDERER = DocxRenderer.withBuiltInStyles();

    /** The fixture's contract in Norwegian, and with English labels, cover and signatures. */
    private static ParallelDocument contract() {
        Document left = ContractFixture.relationalContract(true, "nb");
        Document right = ContractFixture.relationalContract(true, "en");
        List<Block> blocks = new ArrayList<>(right.blocks());
        blocks.set(0, new CoverPage(text("Relational contract for running the patient record"),
                text("Supplementing SSA-D the Operations Agreement"), List.of(
                        new CoverPage.CoverField("Customer", List.of("Helse Nord-Vest HF", "org. no. 983 974 899")),
                        new CoverPage.CoverField("Supplier", List.of("Journaldrift AS")),
                        new CoverPage.CoverField("Reference", List.of("HNV-2026-017")),
                        new CoverPage.CoverField("Date", List.of("1 December 2026")))));
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof SignatureBlock) {
                blocks.set(i, new SignatureBlock(List.of(
                        new SignatureBlock.Signatory("the Customer", "Helse Nord-Vest HF", "Kari Nordmann", "Chief Executive"),
                        new SignatureBlock.Signatory("the Supplier", "Journaldrift AS", null, null))));
            }
        }
        return new ParallelDocument(left.info(), left, new Document(right.info(), blocks));
    }

    private static final byte[] DOCX = RENDERER.render(contract());

    private static List<Inline> text(String text) {
        return List.of(new Text(text));
    }

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(DocxPackageReader.stream(docx));
    }

    /** The body's tables that set the editions side by side: they have no borders. */
    private static List<XWPFTable> parallelTables(XWPFDocument document) {
        List<XWPFTable> tables = new ArrayList<>();
        for (XWPFTable table : document.getTables()) {
            var properties = table.getCTTbl().getTblPr();
            if (properties.isSetTblBorders() && properties.getTblBorders().getInsideV().getVal() == STBorder.NONE) {
                tables.add(table);
            }
        }
        return tables;
    }

    private static List<XWPFTableRow> parallelRows(XWPFDocument document) {
        List<XWPFTableRow> rows = new ArrayList<>();
        parallelTables(document).forEach(table -> rows.addAll(table.getRows()));
        return rows;
    }

    private static String styleName(XWPFDocument document, XWPFParagraph paragraph) {
        XWPFStyle style = document.getStyles().getStyle(paragraph.getStyleID());
        return style == null ? null : style.getName();
    }

    private static XWPFTableRow rowStartingWith(XWPFDocument document, String leftText) {
        return parallelRows(document).stream()
                .filter(row -> row.getCell(0).getText().startsWith(leftText))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row starts with " + leftText));
    }

    private static CTNumbering numbering(byte[] docx) throws Exception {
        return NumberingDocument.Factory.parse(DocxPackageReader.parts(docx).get("word/numbering.xml")).getNumbering();
    }

    private static BigInteger abstractOf(CTNumbering numbering, BigInteger numId) {
        for (CTNum num : numbering.getNumArray()) {
            if (num.getNumId().equals(numId)) {
                return num.getAbstractNumId().getVal();
            }
        }
        throw new AssertionError("no w:num " + numId);
    }

    private static CTStyle styleNamed(XWPFDocument document, String name) {
        return document.getStyles().getStyleWithName(name).getCTStyle();
    }

    private static final Pattern REF = Pattern.compile("REF (\\S+)");

    /** The bookmark names that the REF fields of a cell point at. */
    private static List<String> referencedBookmarks(XWPFTableCell cell) {
        List<String> names = new ArrayList<>();
        for (CTP paragraph : paragraphsOf(cell)) {
            for (CTR run : paragraph.getRArray()) {
                for (CTText instruction : run.getInstrTextArray()) {
                    Matcher matcher = REF.matcher(instruction.getStringValue());
                    if (matcher.find()) {
                        names.add(matcher.group(1));
                    }
                }
            }
        }
        return names;
    }

    private static Set<String> bookmarks(XWPFTableCell cell) {
        Set<String> names = new HashSet<>();
        for (CTP paragraph : paragraphsOf(cell)) {
            for (CTBookmark bookmark : paragraph.getBookmarkStartArray()) {
                names.add(bookmark.getName());
            }
        }
        return names;
    }

    private static List<CTP> paragraphsOf(XWPFTableCell cell) {
        return List.of(cell.getCTTc().getPArray());
    }

    @Test
    void the_parallel_document_is_valid_office_open_xml_and_the_same_bytes_every_time() throws Exception {
        OoxmlSchemas.assertValid(DOCX);
        assertThat(RENDERER.render(contract())).isEqualTo(DOCX);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(contract(), out);
        assertThat(out.toByteArray()).isEqualTo(DOCX);
    }

    @Test
    void each_heading_and_block_stands_level_with_its_counterpart_in_a_borderless_table_of_two_equal_columns()
            throws Exception {
        try (XWPFDocument document = open(DOCX)) {
            List<XWPFTable> tables = parallelTables(document);
            assertThat(tables).isNotEmpty();
            for (XWPFTable table : tables) {
                assertThat(table.getCTTbl().getTblGrid().getGridColArray()).hasSize(2);
                BigInteger first = (BigInteger) table.getCTTbl().getTblGrid().getGridColArray(0).getW();
                BigInteger second = (BigInteger) table.getCTTbl().getTblGrid().getGridColArray(1).getW();
                assertThat(first.add(second)).isEqualTo(BigInteger.valueOf(9072));
                assertThat(first).isEqualTo(second);
                table.getRows().forEach(row -> assertThat(row.getTableCells()).hasSize(2));
            }

            XWPFTableRow part = rowStartingWith(document, "Del I");
            assertThat(part.getCell(0).getText()).isEqualTo("Del I – Det relasjonelle grunnlaget");
            assertThat(part.getCell(1).getText()).isEqualTo("Part I – Det relasjonelle grunnlaget");

            XWPFTableRow heading = rowStartingWith(document, "Håndtering av uenighet");
            assertThat(heading.getCtRow().getTrPr().sizeOfCantSplitArray()).as("a heading row stays whole").isEqualTo(1);
            XWPFParagraph left = heading.getCell(0).getParagraphs().get(0);
            XWPFParagraph right = heading.getCell(1).getParagraphs().get(0);
            assertThat(styleName(document, left)).isEqualTo("heading 1");
            assertThat(styleName(document, right)).isEqualTo("Parallel Heading 1");
            assertThat(left.isKeepNext()).isTrue();
            assertThat(right.isKeepNext()).isTrue();

            // The list beside its list, the table nested in the cell beside its table.
            int index = parallelRows(document).indexOf(heading);
            XWPFTableRow list = parallelRows(document).get(index + 2);
            assertThat(styleName(document, list.getCell(0).getParagraphs().get(0))).isEqualTo("List Paragraph");
            assertThat(styleName(document, list.getCell(1).getParagraphs().get(0))).isEqualTo("List Paragraph");
            XWPFTableRow measures = parallelRows(document).get(parallelRows(document).indexOf(
                    rowStartingWith(document, "Mål og måltall")) + 1);
            assertThat(measures.getCell(0).getTables()).hasSize(1);
            assertThat(measures.getCell(1).getTables()).hasSize(1);
            assertThat(measures.getCell(1).getTables().get(0).getRows()).hasSize(3);
            assertThat(measures.getCell(1).getBodyElements().get(measures.getCell(1).getBodyElements().size() - 1))
                    .as("a cell ends with a paragraph").isInstanceOf(XWPFParagraph.class);
        }
    }

    @Test
    void the_right_column_numbers_its_headings_on_a_list_and_a_definition_of_its_own_and_stays_out_of_the_contents()
            throws Exception {
        CTNumbering numbering = numbering(DOCX);
        try (XWPFDocument document = open(DOCX)) {
            for (int level = 1; level <= 4; level++) {
                CTStyle heading = styleNamed(document, "heading " + level);
                CTStyle parallel = styleNamed(document, "Parallel Heading " + level);
                assertThat(parallel.getBasedOn().getVal()).isEqualTo(heading.getStyleId());
                assertThat(parallel.getPPr().getOutlineLvl().getVal()).as("body text to the outline")
                        .isEqualTo(BigInteger.valueOf(9));
                assertThat(parallel.getPPr().getNumPr().getIlvl().getVal()).isEqualTo(BigInteger.valueOf(level - 1));
                BigInteger leftNum = heading.getPPr().getNumPr().getNumId().getVal();
                BigInteger rightNum = parallel.getPPr().getNumPr().getNumId().getVal();
                assertThat(rightNum).isNotEqualTo(leftNum);
                assertThat(abstractOf(numbering, rightNum)).isNotEqualTo(abstractOf(numbering, leftNum));
                CTAbstractNum definition = List.of(numbering.getAbstractNumArray()).stream()
                        .filter(candidate -> candidate.getAbstractNumId().equals(abstractOf(numbering, rightNum)))
                        .findFirst().orElseThrow();
                assertThat(definition.getLvlArray(level - 1).getPStyle().getVal()).isEqualTo(parallel.getStyleId());
            }
            for (String name : List.of("Parallel Part Heading", "Parallel Appendix Heading")) {
                assertThat(styleNamed(document, name).getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.valueOf(9));
            }
            for (XWPFTableRow row : parallelRows(document)) {
                for (XWPFParagraph paragraph : row.getCell(1).getParagraphs()) {
                    assertThat(paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetOutlineLvl())
                            .as("a right-column paragraph with an outline level of its own").isFalse();
                }
            }
            List<XWPFParagraph> contents = document.getParagraphs().stream()
                    .filter(paragraph -> paragraph.getStyleID() != null && paragraph.getStyleID().matches("TOC\\d"))
                    .toList();
            assertThat(contents).extracting(XWPFParagraph::getText).containsExactly(
                    "Del I – Det relasjonelle grunnlaget", "1\tBakgrunn og formål", "2\tFelles mål", "2.1\tMål og måltall",
                    "2.2\tPrinsipper", "3\tHåndtering av uenighet", "Del II – Styring av samarbeidet", "4\tRevisjon",
                    "Vedlegg 1 – Definisjon av måltall");
            assertThat(DocxPackageReader.parts(DOCX).get("word/document.xml")).containsOnlyOnce(" TOC ");
        }
    }

    @Test
    void cross_references_in_each_column_lead_to_the_headings_of_that_column_and_show_its_numbers() throws Exception {
        try (XWPFDocument document = open(DOCX)) {
            Set<String> leftBookmarks = new HashSet<>();
            Set<String> rightBookmarks = new HashSet<>();
            List<String> leftReferences = new ArrayList<>();
            List<String> rightReferences = new ArrayList<>();
            for (XWPFTableRow row : parallelRows(document)) {
                leftBookmarks.addAll(bookmarks(row.getCell(0)));
                rightBookmarks.addAll(bookmarks(row.getCell(1)));
                leftReferences.addAll(referencedBookmarks(row.getCell(0)));
                rightReferences.addAll(referencedBookmarks(row.getCell(1)));
            }
            assertThat(leftReferences).containsExactly("_Ref_escalation", "_Ref_measures", "_Ref_objective_measures");
            assertThat(rightReferences).containsExactly("_Ref2_escalation", "_Ref2_measures", "_Ref2_objective_measures");
            assertThat(leftBookmarks).containsAll(leftReferences).allMatch(name -> name.startsWith("_Ref_"));
            assertThat(rightBookmarks).containsAll(rightReferences).allMatch(name -> name.startsWith("_Ref2_"));

            XWPFTableRow review = parallelRows(document).get(parallelRows(document).indexOf(
                    rowStartingWith(document, "Revisjon")) + 1);
            assertThat(review.getCell(0).getText()).isEqualTo("Avtalen gjennomgås årlig, se punkt 2.1.");
            assertThat(review.getCell(1).getText()).isEqualTo("Avtalen gjennomgås årlig, se punkt 2.1.");
        }
    }

    @Test
    void the_cover_and_the_signatures_are_written_once_with_the_labels_and_values_of_both_editions() throws Exception {
        try (XWPFDocument document = open(DOCX)) {
            List<String> titles = document.getParagraphs().stream()
                    .filter(paragraph -> "Title".equals(styleName(document, paragraph))
                            || "Subtitle".equals(styleName(document, paragraph)))
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(titles).containsExactly("Relasjonell kontrakt for drift av pasientjournal",
                    "Relational contract for running the patient record", "Tillegg til SSA-D Driftsavtalen",
                    "Supplementing SSA-D the Operations Agreement");

            XWPFTable cover = document.getTables().get(0);
            assertThat(cover.getRow(0).getCell(0).getText()).isEqualTo("Kunde / Customer");
            assertThat(cover.getRow(0).getCell(1).getText())
                    .isEqualTo("Helse Nord-Vest HF\norg.nr. 983 974 899\norg. no. 983 974 899");
            assertThat(cover.getRow(2).getCell(1).getText()).as("a value both editions agree on, once").isEqualTo("HNV-2026-017");

            List<XWPFTable> signatures = document.getTables().stream()
                    .filter(table -> table.getText().contains("____"))
                    .toList();
            assertThat(signatures).hasSize(1);
            List<String> customer = signatures.get(0).getRow(0).getCell(0).getParagraphs().stream()
                    .map(XWPFParagraph::getText).toList();
            assertThat(customer).containsExactly("For Kunden / the Customer", "Helse Nord-Vest HF",
                    "Sted og dato / Place and date: " + "_".repeat(18), "_".repeat(32), "Kari Nordmann",
                    "Administrerende direktør / Chief Executive");
            List<String> supplier = signatures.get(0).getRow(0).getCell(1).getParagraphs().stream()
                    .map(XWPFParagraph::getText).toList();
            assertThat(supplier).endsWith("Navn / Name:", "Stilling / Title:");
        }
    }

    @Test
    void parts_start_a_new_table_on_a_new_page_and_tables_never_touch() throws Exception {
        try (XWPFDocument document = open(DOCX)) {
            List<XWPFTable> tables = parallelTables(document);
            List<String> firstRows = tables.stream().map(table -> table.getRow(0).getCell(0).getText()).toList();
            assertThat(firstRows).contains("Del I – Det relasjonelle grunnlaget", "Del II – Styring av samarbeidet",
                    "Vedlegg 1 – Definisjon av måltall");
            for (XWPFTable table : tables) {
                XWPFParagraph first = table.getRow(0).getCell(0).getParagraphs().get(0);
                if (first.getText().startsWith("Del ") || first.getText().startsWith("Vedlegg ")) {
                    assertThat(first.isPageBreak()).as("the page breaks before \"%s\"", first.getText()).isTrue();
                }
            }
            List<IBodyElement> body = document.getBodyElements();
            for (int i = 1; i < body.size(); i++) {
                assertThat(body.get(i) instanceof XWPFTable && body.get(i - 1) instanceof XWPFTable)
                        .as("two tables one after the other at %d", i).isFalse();
            }
        }
    }

    @Test
    void the_right_column_is_marked_as_its_language_for_spelling_and_the_document_as_the_left_one() throws Exception {
        try (XWPFDocument document = open(DOCX)) {
            XWPFTableRow row = rowStartingWith(document, "Håndtering av uenighet");
            assertThat(row.getCell(1).getParagraphs().get(0).getRuns()).allMatch(run -> "en-GB".equals(run.getLang()));
            assertThat(row.getCell(0).getParagraphs().get(0).getRuns()).allMatch(run -> run.getLang() == null);
            assertThat(DocxPackageReader.parts(DOCX).get("word/styles.xml")).contains("w:lang w:val=\"nb-NO\"");
            assertThat(document.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
                    .hasValue("nb-NO");
        }
    }

    @Test
    void the_right_column_styles_are_based_on_the_reference_documents_own_headings(@TempDir Path dir) throws Exception {
        Path reference = Files.write(dir.resolve("mal.docx"), UserReference.withGeorgiaHeadingsAndNoTableGrid());
        byte[] docx = DocxRenderer.builder().reference(reference).build().render(contract());
        OoxmlSchemas.assertValid(docx);
        try (XWPFDocument document = open(docx)) {
            assertThat(styleNamed(document, "Parallel Heading 1").getBasedOn().getVal()).isEqualTo("Overskrift1");
            XWPFTableRow heading = rowStartingWith(document, "Håndtering av uenighet");
            assertThat(heading.getCell(0).getParagraphs().get(0).getStyleID()).isEqualTo("Overskrift1");
            assertThat(styleName(document, heading.getCell(1).getParagraphs().get(0))).isEqualTo("Parallel Heading 1");
        }
    }

    /** Sections of an appendix, and sections deeper than the heading styles go, in both columns. */
    private static Document deep(String language) {
        DocumentInfo info = new DocumentInfo("T", "S", List.of(), language, "R", false, LocalDate.of(2026, 1, 1), "samspill");
        Section five = new Section("five", text("Five"), List.of(new Paragraph(List.of(new Text("See "),
                new CrossReference("annex-section", null)))), null);
        Section four = new Section(null, text("Four"), List.of(five), null);
        Section three = new Section(null, text("Three"), List.of(four), null);
        Section two = new Section(null, text("Two"), List.of(three), null);
        return new Document(info, List.of(
                new Section(null, text("One"), List.of(two), null),
                new Appendix("annex", text("Annex"), List.of(
                        new Section("annex-section", text("In the annex"), List.of(), null)), null)));
    }

    @Test
    void appendix_sections_restart_and_deep_sections_are_numbered_on_each_column_list() throws Exception {
        byte[] docx = RENDERER.render(new ParallelDocument(deep("nb").info(), deep("nb"), deep("en")));
        OoxmlSchemas.assertValid(docx);
        CTNumbering numbering = numbering(docx);
        try (XWPFDocument document = open(docx)) {
            BigInteger leftList = abstractOf(numbering,
                    styleNamed(document, "heading 1").getPPr().getNumPr().getNumId().getVal());
            BigInteger rightList = abstractOf(numbering,
                    styleNamed(document, "Parallel Heading 1").getPPr().getNumPr().getNumId().getVal());

            XWPFTableRow five = rowStartingWith(document, "Five");
            assertThat(abstractOf(numbering, five.getCell(0).getParagraphs().get(0).getNumID())).isEqualTo(leftList);
            assertThat(abstractOf(numbering, five.getCell(1).getParagraphs().get(0).getNumID())).isEqualTo(rightList);

            XWPFTableRow annex = rowStartingWith(document, "In the annex");
            BigInteger leftAnnex = annex.getCell(0).getParagraphs().get(0).getNumID();
            BigInteger rightAnnex = annex.getCell(1).getParagraphs().get(0).getNumID();
            assertThat(abstractOf(numbering, leftAnnex)).isEqualTo(leftList);
            assertThat(abstractOf(numbering, rightAnnex)).isEqualTo(rightList);
            for (BigInteger restarted : List.of(leftAnnex, rightAnnex)) {
                CTNum num = List.of(numbering.getNumArray()).stream()
                        .filter(candidate -> candidate.getNumId().equals(restarted)).findFirst().orElseThrow();
                assertThat(num.getLvlOverrideArray(0).getStartOverride().getVal()).isEqualTo(BigInteger.ONE);
            }
            XWPFTableRow see = rowAfter(document, five);
            assertThat(referencedBookmarks(see.getCell(0))).containsExactly("_Ref_annex_section");
            assertThat(referencedBookmarks(see.getCell(1))).containsExactly("_Ref2_annex_section");
            assertThat(see.getCell(1).getText()).isEqualTo("See 1");
        }
    }

    private static XWPFTableRow rowAfter(XWPFDocument document, XWPFTableRow row) {
        List<XWPFTableRow> rows = parallelRows(document);
        return rows.get(rows.indexOf(row) + 1);
    }
}

package no.samspill.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.samspill.ContractException;
import no.samspill.doc.CrossReference;
import no.samspill.doc.CrossReferenceException;
import no.samspill.doc.Document;
import no.samspill.doc.PageBreak;
import no.samspill.doc.Paragraph;
import no.samspill.doc.Section;
import no.samspill.doc.SignatureBlock;
import no.samspill.doc.Table;
import no.samspill.doc.Text;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

class DocxRendererTest {

    private static final DocxRenderer RENDERER = DocxRenderer.withBuiltInStyles();
    private static final byte[] DRAFT = RENDERER.render(ContractFixture.relationalContract());

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(DocxPackageReader.stream(docx));
    }

    private static String part(byte[] docx, String name) {
        return DocxPackageReader.parts(docx).get(name);
    }

    /** The paragraph with this text outside the table of contents, which repeats the headings. */
    private static XWPFParagraph paragraphWithText(XWPFDocument document, String text) {
        return document.getParagraphs().stream()
                .filter(paragraph -> paragraph.getStyleID() == null || !paragraph.getStyleID().matches("TOC\\d"))
                .filter(paragraph -> paragraph.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph reads: " + text));
    }

    private static XWPFParagraph tocEntry(XWPFDocument document, String text) {
        return document.getParagraphs().stream()
                .filter(paragraph -> paragraph.getStyleID() != null && paragraph.getStyleID().matches("TOC\\d"))
                .filter(paragraph -> paragraph.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph reads: " + text));
    }

    private static String styleName(XWPFDocument document, XWPFParagraph paragraph) {
        return document.getStyles().getStyle(paragraph.getStyleID()).getName();
    }

    private static CTNumbering numbering(byte[] docx) throws Exception {
        return NumberingDocument.Factory.parse(part(docx, "word/numbering.xml")).getNumbering();
    }

    private static CTAbstractNum abstractNumOf(CTNumbering numbering, BigInteger numId) {
        CTNum num = List.of(numbering.getNumArray()).stream()
                .filter(candidate -> candidate.getNumId().equals(numId))
                .findFirst()
                .orElseThrow();
        return List.of(numbering.getAbstractNumArray()).stream()
                .filter(candidate -> candidate.getAbstractNumId().equals(num.getAbstractNumId().getVal()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void sections_are_headings_whose_numbers_come_from_word_numbering_bound_to_the_heading_styles() throws Exception {
        try (XWPFDocument document = open(DRAFT)) {
            XWPFParagraph escalation = paragraphWithText(document, "Håndtering av uenighet");
            XWPFParagraph measures = paragraphWithText(document, "Mål og måltall");
            assertThat(styleName(document, escalation)).isEqualTo("heading 1");
            assertThat(styleName(document, measures)).isEqualTo("heading 2");
            assertThat(escalation.getCTP().getPPr().isSetNumPr()).as("numbered by its style, not directly").isFalse();

            CTStyle heading1 = document.getStyles().getStyle("Heading1").getCTStyle();
            CTStyle heading3 = document.getStyles().getStyle("Heading3").getCTStyle();
            BigInteger numId = heading1.getPPr().getNumPr().getNumId().getVal();
            assertThat(heading1.getPPr().getNumPr().getIlvl().getVal()).isEqualTo(BigInteger.ZERO);
            assertThat(heading3.getPPr().getNumPr().getNumId().getVal()).isEqualTo(numId);
            assertThat(heading3.getPPr().getNumPr().getIlvl().getVal()).isEqualTo(BigInteger.TWO);

            CTAbstractNum headings = abstractNumOf(numbering(DRAFT), numId);
            assertThat(headings.getLvlArray(0).getLvlText().getVal()).isEqualTo("%1");
            assertThat(headings.getLvlArray(1).getLvlText().getVal()).isEqualTo("%1.%2");
            assertThat(headings.getLvlArray(2).getLvlText().getVal()).isEqualTo("%1.%2.%3");
            assertThat(headings.getLvlArray(0).getPStyle().getVal()).isEqualTo("Heading1");
            assertThat(headings.getLvlArray(1).getPStyle().getVal()).isEqualTo("Heading2");
        }
    }

    @Test
    void part_and_appendix_headings_carry_their_label_as_text_and_are_not_numbered_by_word() throws Exception {
        try (XWPFDocument document = open(DRAFT)) {
            XWPFParagraph part = paragraphWithText(document, "Del II \u2013 Styring av samarbeidet");
            XWPFParagraph appendix = paragraphWithText(document, "Vedlegg 1 \u2013 Definisjon av måltall");
            assertThat(styleName(document, part)).isEqualTo("Part Heading");
            assertThat(styleName(document, appendix)).isEqualTo("Appendix Heading");
            for (String styleId : List.of(part.getStyleID(), appendix.getStyleID())) {
                CTStyle style = document.getStyles().getStyle(styleId).getCTStyle();
                assertThat(style.getPPr().getNumPr().getNumId().getVal()).isEqualTo(BigInteger.ZERO);
                assertThat(style.getBasedOn().getVal()).isEqualTo("Heading1");
            }
        }
    }

    @Test
    void cross_references_are_ref_fields_to_bookmarks_on_their_targets_with_the_number_as_result() throws Exception {
        String body = part(DRAFT, "word/document.xml");

        assertThat(body).contains("<w:bookmarkStart w:name=\"_Ref_escalation\"")
                .contains("<w:bookmarkStart w:name=\"_Ref_measures\"")
                .contains(" REF _Ref_escalation \\w \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/>"
                        + "</w:r><w:r><w:t>3</w:t></w:r>")
                .contains(" REF _Ref_objective_measures \\w \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="
                        + "\"separate\"/></w:r><w:r><w:t>2.1</w:t></w:r>")
                .contains(" REF _Ref_measures \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/>"
                        + "</w:r><w:r><w:t>1</w:t></w:r>");
        try (XWPFDocument document = open(DRAFT)) {
            XWPFParagraph target = paragraphWithText(document, "Håndtering av uenighet");
            assertThat(target.getCTP().getBookmarkStartList()).extracting(bookmark -> bookmark.getName())
                    .containsExactly("_Ref_escalation");
            XWPFParagraph appendix = paragraphWithText(document, "Vedlegg 1 \u2013 Definisjon av måltall");
            assertThat(appendix.getCTP().xmlText()).containsPattern(
                    "_Ref_measures\" w:id=\"\\d+\"/><w:r><w:t>1</w:t></w:r><w:bookmarkEnd");
        }
    }

    @Test
    void the_table_of_contents_is_a_toc_field_with_the_headings_as_cached_entries_updated_on_opening() throws Exception {
        try (XWPFDocument document = open(DRAFT)) {
            assertThat(paragraphWithText(document, "Innholdsfortegnelse").getStyleID()).isEqualTo("TOCHeading");
            assertThat(tocEntry(document, "2.1\tMål og måltall").getStyleID()).isEqualTo("TOC2");
            assertThat(tocEntry(document, "3\tHåndtering av uenighet").getStyleID()).isEqualTo("TOC1");
            assertThat(tocEntry(document, "Del I \u2013 Det relasjonelle grunnlaget").getStyleID())
                    .isEqualTo("TOC1");
            assertThat(tocEntry(document, "Vedlegg 1 \u2013 Definisjon av måltall").getStyleID())
                    .isEqualTo("TOC1");
        }
        assertThat(part(DRAFT, "word/document.xml")).contains(
                "<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">"
                        + " TOC \\o \"1-3\" \\h \\z \\u </w:instrText>");
        assertThat(part(DRAFT, "word/settings.xml")).contains("<w:updateFields w:val=\"on\"/>");
    }

    @Test
    void a_draft_is_marked_in_the_header_of_every_page_and_the_footer_counts_pages() throws Exception {
        try (XWPFDocument document = open(DRAFT)) {
            assertThat(document.getHeaderList()).hasSize(1);
            assertThat(document.getHeaderFooterPolicy().getDefaultHeader().getText())
                    .contains("UTKAST", "HNV-2026-017", "Relasjonell kontrakt for drift av pasientjournal");
            assertThat(document.getDocument().getBody().getSectPr().isSetTitlePg()).isFalse();
        }
        assertThat(part(DRAFT, "word/footer1.xml")).contains(
                "<w:t xml:space=\"preserve\">Side </w:t>", " PAGE </w:instrText>",
                "<w:t xml:space=\"preserve\"> av </w:t>", " NUMPAGES </w:instrText>");
    }

    @Test
    void a_final_contract_is_not_marked_as_a_draft_and_english_has_english_labels() throws Exception {
        byte[] finalEnglish = RENDERER.render(ContractFixture.relationalContract(false, "en"));
        try (XWPFDocument document = open(finalEnglish)) {
            assertThat(document.getHeaderFooterPolicy().getDefaultHeader().getText())
                    .doesNotContain("UTKAST", "DRAFT").contains("HNV-2026-017");
            paragraphWithText(document, "Part I \u2013 Det relasjonelle grunnlaget");
            paragraphWithText(document, "Schedule 1 \u2013 Definisjon av måltall");
        }
        assertThat(part(finalEnglish, "word/footer1.xml")).contains(">Page </w:t>", "> of </w:t>");
        assertThat(part(finalEnglish, "word/styles.xml")).contains("<w:lang w:val=\"en-GB\"");
    }

    @Test
    void table_header_rows_repeat_on_every_page_and_the_table_fills_the_text_width() throws Exception {
        try (XWPFDocument document = open(DRAFT)) {
            XWPFTable table = document.getTables().stream()
                    .filter(candidate -> candidate.getText().contains("Måltall"))
                    .findFirst()
                    .orElseThrow();
            assertThat(table.getStyleID()).isEqualTo("TableGrid");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).isRepeatHeader()).isFalse();
            long total = table.getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToLong(column -> ((BigInteger) column.getW()).longValue())
                    .sum();
            assertThat(total).isEqualTo(11906 - 2 * 1417);
            assertThat(table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
        }
    }

    /** The widths of a table's columns, in twips, as the grid of the rendered table gives them. */
    private static List<Long> columnWidths(Table table) throws IOException {
        Document document = new Document(ContractFixture.relationalContract().info(), List.of(
                new Section("s", List.of(new Text("Tabell")), List.of(table), null)));
        try (XWPFDocument opened = open(RENDERER.render(document))) {
            return opened.getTables().get(0).getCTTbl().getTblGrid().getGridColList().stream()
                    .map(column -> ((BigInteger) column.getW()).longValue())
                    .toList();
        }
    }

    private static Table table(String... cells) {
        List<Table.Cell> header = new ArrayList<>();
        List<Table.Cell> body = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
            header.add(new Table.Cell(List.of(new Text("K" + c))));
            body.add(new Table.Cell(List.of(new Text(cells[c]))));
        }
        return new Table(1, List.of(new Table.Row(header), new Table.Row(body)));
    }

    @Test
    void when_the_longest_words_do_not_fit_only_the_widest_column_gives_way() throws Exception {
        // Under the old rule every column shrank in proportion, so "desember" broke ("desemb-er")
        // because another column held a word too long for any line.
        String[] shortWords = {"31. desember 2028", "kvartalsvis", "Leverandøren", "Partene i fellesskap"};
        List<Long> longer = columnWidths(table("a".repeat(90), shortWords[0], shortWords[1], shortWords[2], shortWords[3]));
        List<Long> longest = columnWidths(table("a".repeat(140), shortWords[0], shortWords[1], shortWords[2], shortWords[3]));

        assertThat(longer.subList(1, 5)).isEqualTo(longest.subList(1, 5));
        assertThat(longer.stream().mapToLong(Long::longValue).sum()).isEqualTo(11906 - 2 * 1417);
        assertThat(longer.get(0)).isGreaterThan(longer.get(1) + longer.get(2) + longer.get(3));
    }

    @Test
    void a_line_may_break_after_a_hyphen_but_not_at_a_no_break_space() throws Exception {
        String tooLong = "a".repeat(140);
        long hyphenated = columnWidths(table(tooLong, "saksbehandlings-systemets-statistikk-uttrekk")).get(1);
        long compound = columnWidths(table(tooLong, "saksbehandlingssystemetsstatistikkuttrekk")).get(1);
        long spaced = columnWidths(table(tooLong, "saksbehandlings systemets statistikk uttrekk")).get(1);
        long joined = columnWidths(table(tooLong, "saksbehandlings\u00a0systemets\u00a0statistikk\u00a0uttrekk")).get(1);

        assertThat(hyphenated).isLessThan(compound / 2);
        assertThat(spaced).isLessThan(compound / 2);
        assertThat(joined).isGreaterThan(compound);
    }

    @Test
    void a_paragraph_just_before_the_signatures_keeps_with_them() throws Exception {
        Document document = new Document(ContractFixture.relationalContract().info(), List.of(
                new Section("s", List.of(new Text("Siste punkt")), List.of(), null),
                new PageBreak(),
                new Paragraph(List.of(new Text("Avtalen er undertegnet."))),
                new SignatureBlock(List.of(new SignatureBlock.Signatory("Kunden", "Kunde AS", null, null)))));

        try (XWPFDocument opened = open(RENDERER.render(document))) {
            XWPFParagraph attestation = paragraphWithText(opened, "Avtalen er undertegnet.");
            assertThat(attestation.isKeepNext()).isTrue();
            assertThat(attestation.isPageBreak()).isTrue();
            assertThat(paragraphWithText(opened, "Siste punkt").isKeepNext()).isFalse();
        }
    }

    @Test
    void lists_use_numbering_definitions_and_each_numbered_list_restarts_at_its_start() throws Exception {
        try (XWPFDocument document = open(DRAFT)) {
            XWPFParagraph bullet = paragraphWithText(document, "Åpenhet: partene deler planer, risiko og feil tidlig.");
            XWPFParagraph step = paragraphWithText(document, "Relasjonsansvarlige møtes innen fem virkedager.");
            XWPFParagraph nextStep = paragraphWithText(document, "Styringsgruppen behandler saken i neste møte.");
            assertThat(styleName(document, bullet)).isEqualTo("List Paragraph");
            assertThat(step.getNumID()).isEqualTo(nextStep.getNumID()).isNotEqualTo(bullet.getNumID());

            CTNumbering numbering = numbering(DRAFT);
            assertThat(abstractNumOf(numbering, bullet.getNumID()).getLvlArray(0).getNumFmt().getVal().toString())
                    .isEqualTo("bullet");
            assertThat(abstractNumOf(numbering, step.getNumID()).getLvlArray(0).getLvlText().getVal()).isEqualTo("%1.");
            CTNum stepNum = document.getNumbering().getNum(step.getNumID()).getCTNum();
            assertThat(stepNum.getLvlOverrideArray(0).getStartOverride().getVal()).isEqualTo(BigInteger.ONE);
        }
    }

    @Test
    void signatures_have_one_column_per_party_with_place_date_and_a_signature_line() throws Exception {
        try (XWPFDocument document = open(DRAFT)) {
            XWPFTable signatures = document.getTables().get(document.getTables().size() - 1);
            assertThat(signatures.getRow(0).getTableCells()).hasSize(2);
            assertThat(signatures.getRow(0).getCell(0).getText())
                    .contains("For Kunden", "Helse Nord-Vest HF", "Sted og dato", "____", "Kari Nordmann",
                            "Administrerende direktør");
            assertThat(signatures.getRow(0).getCell(1).getText())
                    .contains("For Leverandøren", "Journaldrift AS", "Navn:", "Stilling:");
        }
    }

    @Test
    void defined_terms_are_bold_where_defined_and_links_point_at_their_address() throws Exception {
        try (XWPFDocument document = open(DRAFT)) {
            XWPFParagraph definitions = document.getParagraphs().stream()
                    .filter(paragraph -> paragraph.getText().startsWith("Denne avtalen"))
                    .findFirst()
                    .orElseThrow();
            assertThat(definitions.getRuns()).filteredOn(run -> "Kunden".equals(run.text()))
                    .singleElement().satisfies(run -> assertThat(run.isBold()).isTrue());
            XWPFParagraph usage = document.getParagraphs().stream()
                    .filter(paragraph -> paragraph.getText().startsWith("Lojalitet"))
                    .findFirst()
                    .orElseThrow();
            assertThat(usage.getRuns()).filteredOn(run -> "Kunden".equals(run.text()))
                    .singleElement().satisfies(run -> assertThat(run.isBold()).isFalse());
            assertThat(document.getHyperlinks()).extracting(link -> link.getURL())
                    .containsExactly("https://www.digdir.no/ssa");
        }
    }

    @Test
    void document_properties_come_from_the_document_info_with_its_date_as_timestamp() throws Exception {
        try (XWPFDocument document = open(DRAFT)) {
            var core = document.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Relasjonell kontrakt for drift av pasientjournal");
            assertThat(core.getSubject()).isEqualTo("Relasjonell kontrakt");
            assertThat(core.getKeywords()).isEqualTo("relasjonell kontrakt, SSA-D 2018");
            assertThat(core.getCreator()).isEqualTo("samspill");
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("nb-NO");
            Date midnight = Date.from(LocalDate.of(2026, 12, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
            assertThat(core.getCreated()).isEqualTo(midnight);
            assertThat(core.getModified()).isEqualTo(midnight);
        }
        assertThat(part(DRAFT, "word/styles.xml")).contains("<w:lang w:val=\"nb-NO\"");
    }

    @Test
    void the_same_document_gives_the_same_bytes_with_fixed_entry_times_and_order() throws Exception {
        byte[] again = DocxRenderer.withBuiltInStyles().render(ContractFixture.relationalContract());
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        RENDERER.render(ContractFixture.relationalContract(), streamed);

        assertThat(again).isEqualTo(DRAFT);
        assertThat(streamed.toByteArray()).isEqualTo(DRAFT);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(DocxPackageReader.stream(DRAFT))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertThat(entry.getTimeLocal()).isEqualTo(LocalDate.of(2026, 12, 1).atStartOfDay());
            }
        }
        assertThat(names).startsWith("[Content_Types].xml", "_rels/.rels");
        assertThat(names.subList(2, names.size())).isSorted();
    }

    @Test
    void every_part_of_the_package_is_valid_against_the_office_open_xml_schemas() throws Exception {
        OoxmlSchemas.assertValid(DRAFT);
        OoxmlSchemas.assertValid(RENDERER.render(ContractFixture.relationalContract(false, "en")));
    }

    @Test
    void sections_of_an_appendix_are_numbered_from_one_again_by_their_own_word_numbering() throws Exception {
        Document document = new Document(ContractFixture.relationalContract().info(), List.of(
                new Section("main", List.of(new Text("Hoveddel")), List.of(), null),
                new no.samspill.doc.Appendix("calendar", List.of(new Text("Kalender")), List.of(
                        new Section("spring", List.of(new Text("Vår")), List.of(), null)), null)));

        byte[] docx = RENDERER.render(document);

        try (XWPFDocument opened = open(docx)) {
            XWPFParagraph main = paragraphWithText(opened, "Hoveddel");
            XWPFParagraph spring = paragraphWithText(opened, "Vår");
            assertThat(main.getNumID()).isNull();
            assertThat(spring.getStyleID()).isEqualTo("Heading1");
            BigInteger headingNum = opened.getStyles().getStyle("Heading1").getCTStyle().getPPr().getNumPr()
                    .getNumId().getVal();
            assertThat(spring.getNumID()).isNotEqualTo(headingNum);
            CTNum restarted = opened.getNumbering().getNum(spring.getNumID()).getCTNum();
            assertThat(restarted.getAbstractNumId().getVal())
                    .isEqualTo(opened.getNumbering().getNum(headingNum).getCTNum().getAbstractNumId().getVal());
            assertThat(restarted.getLvlOverrideArray(0).getStartOverride().getVal()).isEqualTo(BigInteger.ONE);
        }
        OoxmlSchemas.assertValid(docx);
    }

    @Test
    void an_unknown_cross_reference_is_reported_with_its_anchor() {
        Document document = new Document(ContractFixture.relationalContract().info(), List.of(
                new Section("a", List.of(new Text("A")), List.of(
                        new Paragraph(List.of(new CrossReference("nowhere", null)))), null)));

        assertThatThrownBy(() -> RENDERER.render(document))
                .isInstanceOfSatisfying(CrossReferenceException.class,
                        e -> assertThat(e.anchor()).isEqualTo("nowhere"));
    }

    @Test
    void a_users_reference_document_gives_its_styles_and_the_missing_ones_are_filled_in(@TempDir Path directory)
            throws Exception {
        Path reference = directory.resolve("reference.docx");
        Files.write(reference, UserReference.withGeorgiaHeadingsAndNoTableGrid());

        byte[] docx = DocxRenderer.builder().reference(reference).build().render(ContractFixture.relationalContract());

        try (XWPFDocument document = open(docx)) {
            XWPFParagraph heading = paragraphWithText(document, "Håndtering av uenighet");
            assertThat(heading.getStyleID()).isEqualTo("Overskrift1");
            XWPFStyle heading1 = document.getStyles().getStyle("Overskrift1");
            assertThat(heading1.getCTStyle().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Georgia");
            assertThat(heading1.getCTStyle().getPPr().getNumPr().getIlvl().getVal()).isEqualTo(BigInteger.ZERO);
            assertThat(document.getStyles().getStyleWithName("Table Grid")).isNotNull();
            assertThat(document.getStyles().getStyle("PartHeading").getCTStyle().getBasedOn().getVal())
                    .isEqualTo("Overskrift1");
            assertThat(document.getParagraphs()).noneMatch(p -> p.getText().contains(UserReference.BODY_TEXT));
            assertThat(document.getTables()).anyMatch(t -> "TableGrid".equals(t.getStyleID()));
        }
        OoxmlSchemas.assertValid(docx);
        assertThat(DocxRenderer.builder().reference(reference).build().render(ContractFixture.relationalContract()))
                .isEqualTo(docx);
    }

    @Test
    void a_reference_that_is_not_a_word_document_is_refused_in_plain_words(@TempDir Path directory) throws Exception {
        Path notWord = directory.resolve("notes.docx");
        Files.writeString(notWord, "just text");

        assertThatThrownBy(() -> DocxRenderer.builder().reference(notWord).build())
                .isInstanceOf(ContractException.class)
                .hasMessageContaining("could not be read as a Word document");
    }
}

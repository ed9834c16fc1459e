package no.samspill.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.ContractGenerator;
import no.samspill.doc.Appendix;
import no.samspill.doc.Block;
import no.samspill.doc.BulletList;
import no.samspill.doc.CoverPage;
import no.samspill.doc.Document;
import no.samspill.doc.ListItem;
import no.samspill.doc.OrderedList;
import no.samspill.doc.PageBreak;
import no.samspill.doc.ParallelDocument;
import no.samspill.doc.Paragraph;
import no.samspill.doc.Part;
import no.samspill.doc.Section;
import no.samspill.doc.SignatureBlock;
import no.samspill.doc.Table;
import no.samspill.doc.TableOfContents;
import no.samspill.model.Contract;
import no.samspill.model.Language;
import no.samspill.render.DocxRenderer;
import no.samspill.render.OoxmlSchemas;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * Every example in Norwegian beside its English edition, in one DOCX, read by real readers:
 * the OOXML schemas, LibreOffice (through its PDF), pandoc, and the XML itself for the fields
 * and the numbering a reader computes numbers from.
 */
class ParallelEditionAcceptanceTest {

    private static final ContractGenerator GENERATOR = ContractGenerator.create();
    private static final DocxRenderer RENDERER = DocxRenderer.withBuiltInStyles();

    @TempDir
    Path dir;

    /** An example's two editions and the DOCX that sets them side by side. */
    private record Editions(Document left, Document right, byte[] docx, Path file) {}

    private Editions editions(String example) {
        Contract contract = GENERATOR.validate(Examples.copy(example, dir)).contract();
        Document nb = GENERATOR.document(contract.inLanguage(Language.nb));
        Document en = GENERATOR.document(contract.inLanguage(Language.en));
        byte[] docx = RENDERER.render(new ParallelDocument(nb.info(), nb, en));
        try {
            return new Editions(nb, en, docx, Files.write(dir.resolve("parallel.docx"), docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @FieldSource("no.samspill.acceptance.Examples#ALL")
    void theParallelEditionIsValidOfficeOpenXmlAndTheSameBytesEveryTime(String example) throws Exception {
        Editions editions = editions(example);
        OoxmlSchemas.assertValid(editions.docx());
        assertThat(RENDERER.render(new ParallelDocument(editions.left().info(), editions.left(), editions.right())))
                .isEqualTo(editions.docx());
    }

    /**
     * LibreOffice computes every heading number from the lists and every cross-reference from the
     * bookmarks, and the PDF shows each column's own: "4.2" in the left column and again in the
     * right. Each column is read on its own (the left half of the page, then the right), so that
     * a heading that wraps in its column reads as one line.
     */
    @ParameterizedTest
    @FieldSource("no.samspill.acceptance.Examples#ALL")
    void libreOfficeShowsEveryHeadingAndReferenceOfBothEditionsWithTheNumbersOfItsColumn(String example)
            throws Exception {
        ExternalTool.SOFFICE.require();
        ExternalTool.PDFTOTEXT.require();
        Editions editions = editions(example);
        String pdf = ExternalTool.pdfOf(dir, editions.file()).toString();
        // A4 is 595 points wide; the text runs from 71 to 524, and the columns meet at 298. The
        // window 66 to 776 holds the body, without the header and footer (see LibreOfficeAcceptanceTest).
        String left = Trees.normalize(ExternalTool.PDFTOTEXT.run(dir, 60, "-enc", "UTF-8", "-layout",
                "-x", "0", "-y", "66", "-W", "298", "-H", "710", pdf, "-"));
        String right = Trees.normalize(ExternalTool.PDFTOTEXT.run(dir, 60, "-enc", "UTF-8", "-layout",
                "-x", "298", "-y", "66", "-W", "297", "-H", "710", pdf, "-"));

        assertHeadingsAndReferences(editions.left(), left, "left", "Vedlegg");
        assertHeadingsAndReferences(editions.right(), right, "right", "Schedule");
    }

    private static void assertHeadingsAndReferences(Document edition, String column, String side, String appendixWord) {
        for (Block block : edition.blocks()) {
            if (block instanceof Part || block instanceof Appendix) {
                assertThat(column).as("the %s column", side).contains(Trees.normalize(start(block, appendixWord, 1000)));
            }
        }
        List<Trees.Heading> headings = Trees.sections(edition);
        assertThat(headings).isNotEmpty();
        for (Trees.Heading heading : headings) {
            assertThat(column).as("the %s column", side).contains(Trees.normalize(heading.number() + " " + heading.title()));
        }
        assertThat(Trees.references(edition)).isNotEmpty();
        for (Trees.Reference reference : Trees.references(edition)) {
            assertThat(column).as("the %s column", side).contains(reference.wordBefore() + " " + reference.number());
        }
    }

    /**
     * pandoc reads the body as tables of two columns whose every row is a pair: a heading beside
     * its heading, a paragraph beside its paragraph, a list beside its list, a table beside its
     * table; in the order of the trees, the left cell from the Norwegian edition, the right from
     * the English one.
     */
    @ParameterizedTest
    @FieldSource("no.samspill.acceptance.Examples#ALL")
    void pandocReadsEveryRowOfTheParallelTablesAsABlockBesideItsCounterpart(String example) throws Exception {
        ExternalTool.PANDOC.require();
        Editions editions = editions(example);
        JsonNode ast = new ObjectMapper().readTree(
                ExternalTool.PANDOC.run(dir, 120, "-f", "docx", "-t", "json", editions.file().toString()));

        List<JsonNode> tables = new ArrayList<>();
        for (JsonNode block : ast.get("blocks")) {
            if (block.get("t").asText().equals("Table")) {
                tables.add(block);
            }
        }
        assertThat(stringify(rows(tables.get(0)).get(0).get(1).get(0).get(4))).as("the cover's first label")
                .contains(" / ");
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode table : tables.subList(1, tables.size())) {
            List<JsonNode> tableRows = rows(table);
            // The signature block is a table of its own, each party's lines in one cell.
            boolean parallel = tableRows.stream().allMatch(row -> row.get(1).size() == 2
                    && row.get(1).get(0).get(4).size() == 1 && row.get(1).get(1).get(4).size() == 1);
            if (parallel) {
                rows.addAll(tableRows);
            }
        }

        List<Unit> expected = new ArrayList<>();
        units(editions.left().blocks(), editions.right().blocks(), expected);
        assertThat(rows).as("rows of the parallel tables").hasSize(expected.size());
        for (int i = 0; i < rows.size(); i++) {
            Unit unit = expected.get(i);
            JsonNode leftBlock = rows.get(i).get(1).get(0).get(4).get(0);
            JsonNode rightBlock = rows.get(i).get(1).get(1).get(4).get(0);
            assertThat(kind(leftBlock)).as("row %d, left: %s", i, unit.left()).isEqualTo(unit.kind());
            assertThat(kind(rightBlock)).as("row %d, right: %s", i, unit.right()).isEqualTo(unit.kind());
            assertThat(Trees.normalize(stringify(leftBlock))).as("row %d, left", i).startsWith(unit.left());
            assertThat(Trees.normalize(stringify(rightBlock))).as("row %d, right", i).startsWith(unit.right());
        }
    }

    /** One row of a parallel table as the trees say it must be: the kind of block, and how each cell starts. */
    private record Unit(String kind, String left, String right) {}

    private static void units(List<Block> left, List<Block> right, List<Unit> units) {
        for (int i = 0; i < left.size(); i++) {
            Block one = left.get(i);
            Block other = right.get(i);
            if (one instanceof CoverPage || one instanceof TableOfContents || one instanceof PageBreak
                    || one instanceof SignatureBlock) {
                continue;
            }
            units.add(new Unit(kindOf(one), start(one, "Vedlegg", 20), start(other, "Schedule", 20)));
            if (one instanceof Part part) {
                units(part.blocks(), ((Part) other).blocks(), units);
            } else if (one instanceof Section section) {
                units(section.blocks(), ((Section) other).blocks(), units);
            } else if (one instanceof Appendix appendix) {
                units(appendix.blocks(), ((Appendix) other).blocks(), units);
            }
        }
    }

    private static String kindOf(Block block) {
        if (block instanceof Part || block instanceof Section || block instanceof Appendix) {
            return "Header";
        } else if (block instanceof Paragraph) {
            return "Para";
        } else if (block instanceof BulletList) {
            return "BulletList";
        } else if (block instanceof OrderedList) {
            return "OrderedList";
        } else if (block instanceof Table) {
            return "Table";
        }
        throw new IllegalArgumentException(block.toString());
    }

    /** The first {@code length} characters of a block as a reader shows them: enough to tell it from its neighbours. */
    private static String start(Block block, String appendixWord, int length) {
        String text;
        if (block instanceof Part part) {
            text = part.label() + " \u2013 " + Trees.text(part.title());
        } else if (block instanceof Section section) {
            text = Trees.text(section.title());
        } else if (block instanceof Appendix appendix) {
            text = appendixWord + " " + appendix.number() + " \u2013 " + Trees.text(appendix.title());
        } else if (block instanceof Paragraph paragraph) {
            text = Trees.text(paragraph.inlines());
        } else if (block instanceof BulletList list) {
            text = firstParagraph(list.items());
        } else if (block instanceof OrderedList list) {
            text = firstParagraph(list.items());
        } else {
            text = Trees.text(((Table) block).rows().get(0).cells().get(0).inlines());
        }
        String normal = Trees.normalize(text);
        return normal.substring(0, Math.min(length, normal.length())).strip();
    }

    private static String firstParagraph(List<ListItem> items) {
        return items.get(0).blocks().get(0) instanceof Paragraph paragraph ? Trees.text(paragraph.inlines()) : "";
    }

    private static String kind(JsonNode block) {
        String type = block.get("t").asText();
        return type.equals("Plain") ? "Para" : type;
    }

    /** A table's rows, header and body, as pandoc's JSON (API 1.22 and later) holds them. */
    private static List<JsonNode> rows(JsonNode table) {
        List<JsonNode> rows = new ArrayList<>();
        table.get("c").get(3).get(1).forEach(rows::add);
        for (JsonNode body : table.get("c").get(4)) {
            body.get(2).forEach(rows::add);
            body.get(3).forEach(rows::add);
        }
        return rows;
    }

    /** The text of a block or inlines, every string and space in order. */
    private static String stringify(JsonNode node) {
        StringBuilder text = new StringBuilder();
        collect(node, text);
        return text.toString();
    }

    private static void collect(JsonNode node, StringBuilder text) {
        if (node.isArray()) {
            node.forEach(child -> collect(child, text));
        } else if (node.isObject() && node.has("t")) {
            String type = node.get("t").asText();
            if (type.equals("Str")) {
                text.append(node.get("c").asText());
            } else if (type.equals("Space") || type.equals("SoftBreak") || type.equals("LineBreak")) {
                text.append(' ');
            } else if (node.has("c")) {
                collect(node.get("c"), text);
            }
        }
    }

    private static final Pattern REF = Pattern.compile("REF (\\S+)");

    /**
     * The fields and lists of the DOCX itself: every REF field points at a bookmark that exists,
     * those of the right column only at the right column's bookmarks; and the right column's
     * headings are numbered by a list whose definition the left column's do not use, in styles the
     * table of contents passes by.
     */
    @ParameterizedTest
    @FieldSource("no.samspill.acceptance.Examples#ALL")
    void eachColumnRefersToItsOwnBookmarksAndNumbersItsHeadingsOnAListOfItsOwn(String example) throws Exception {
        Editions editions = editions(example);
        try (XWPFDocument document = new XWPFDocument(new java.io.ByteArrayInputStream(editions.docx()))) {
            Set<String> bookmarks = new HashSet<>();
            try (var cursor = document.getDocument().newCursor()) {
                while (cursor.hasNextToken()) {
                    if (cursor.toNextToken().isStart() && cursor.getObject() instanceof CTBookmark bookmark
                            && cursor.getName().getLocalPart().equals("bookmarkStart")) {
                        bookmarks.add(bookmark.getName());
                    }
                }
            }
            Set<BigInteger> leftLists = new HashSet<>();
            Set<BigInteger> rightLists = new HashSet<>();
            int leftReferences = 0;
            int rightReferences = 0;
            for (XWPFTable table : document.getTables()) {
                if (!isParallel(table)) {
                    continue;
                }
                for (XWPFTableRow row : table.getRows()) {
                    for (String target : references(row.getCell(0))) {
                        assertThat(bookmarks).contains(target);
                        assertThat(target).startsWith("_Ref_");
                        leftReferences++;
                    }
                    for (String target : references(row.getCell(1))) {
                        assertThat(bookmarks).contains(target);
                        assertThat(target).startsWith("_Ref2_");
                        rightReferences++;
                    }
                    headingLists(document, row.getCell(0), leftLists);
                    headingLists(document, row.getCell(1), rightLists);
                }
            }
            // Trees.references counts those after a word; a cell or a list item may hold more.
            assertThat(leftReferences).isGreaterThanOrEqualTo(Trees.references(editions.left()).size()).isPositive();
            assertThat(rightReferences).isEqualTo(leftReferences);
            assertThat(leftLists).isNotEmpty();
            assertThat(rightLists).isNotEmpty().doesNotContainAnyElementsOf(leftLists);

            for (XWPFTable table : document.getTables()) {
                if (isParallel(table)) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFParagraph paragraph : row.getCell(1).getParagraphs()) {
                            assertThat(outlineLevel(document, paragraph)).as("outline level of \"%s\"", paragraph.getText())
                                    .isEqualTo(9);
                        }
                    }
                }
            }
        }
    }

    private static boolean isParallel(XWPFTable table) {
        var properties = table.getCTTbl().getTblPr();
        return properties.isSetTblBorders() && properties.getTblBorders().isSetInsideV()
                && properties.getTblBorders().getInsideV().getVal() == STBorder.NONE;
    }

    private static List<String> references(XWPFTableCell cell) {
        List<String> targets = new ArrayList<>();
        // Also the fields of a table nested in the cell.
        for (var instruction : cell.getCTTc().selectPath(
                "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:instrText")) {
            Matcher matcher = REF.matcher(((CTText) instruction).getStringValue());
            if (matcher.find()) {
                targets.add(matcher.group(1));
            }
        }
        return targets;
    }

    /** The abstract numbering definitions of the numbered headings in a cell, through their style or their own numbering. */
    private static void headingLists(XWPFDocument document, XWPFTableCell cell, Set<BigInteger> lists) {
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            CTStyle style = style(document, paragraph.getStyleID());
            if (style == null || !style.getName().getVal().toLowerCase(java.util.Locale.ROOT).contains("heading ")) {
                continue;
            }
            BigInteger numId = paragraph.getNumID();
            if (numId == null && style.isSetPPr() && style.getPPr().isSetNumPr()) {
                numId = style.getPPr().getNumPr().getNumId().getVal();
            }
            assertThat(numId).as("the list of \"%s\"", paragraph.getText()).isNotNull();
            for (XWPFNum candidate : document.getNumbering().getNums()) {
                CTNum num = candidate.getCTNum();
                if (num.getNumId().equals(numId)) {
                    lists.add(num.getAbstractNumId().getVal());
                }
            }
        }
    }

    private static CTStyle style(XWPFDocument document, String id) {
        XWPFStyle style = id == null ? null : document.getStyles().getStyle(id);
        if (style == null) {
            return null;
        }
        for (CTStyle live : document.getStyles().getCtStyles().getStyleArray()) {
            if (live.getStyleId().equals(id)) {
                return live;
            }
        }
        return null;
    }

    /** A paragraph's outline level: its own, else its style's or the nearest style it is based on that has one; 9 is body text. */
    private static int outlineLevel(XWPFDocument document, XWPFParagraph paragraph) {
        CTP p = paragraph.getCTP();
        if (p.isSetPPr() && p.getPPr().isSetOutlineLvl()) {
            return p.getPPr().getOutlineLvl().getVal().intValue();
        }
        CTStyle style = style(document, paragraph.getStyleID());
        for (int depth = 0; style != null && depth < 16; depth++) {
            CTPPrGeneral properties = style.getPPr();
            if (properties != null && properties.isSetOutlineLvl()) {
                return properties.getOutlineLvl().getVal().intValue();
            }
            style = style.isSetBasedOn() ? style(document, style.getBasedOn().getVal()) : null;
        }
        return 9;
    }
}

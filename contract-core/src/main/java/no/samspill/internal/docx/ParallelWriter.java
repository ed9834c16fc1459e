package no.samspill.internal.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import no.samspill.doc.Appendix;
import no.samspill.doc.Block;
import no.samspill.doc.CoverPage;
import no.samspill.doc.PageBreak;
import no.samspill.doc.ParallelDocument;
import no.samspill.doc.Part;
import no.samspill.doc.Section;
import no.samspill.doc.SignatureBlock;
import no.samspill.doc.TableOfContents;
import no.samspill.internal.doc.Labels;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes two editions of the same shape side by side. The body is a borderless table of two
 * equal columns, one row per aligned pair: a heading beside its heading, then each block of the
 * section beside its counterpart (a list beside its list, a table nested in the cell beside its
 * table), section by section. A row is as tall as the longer of the two, so each clause starts
 * level with its translation however long the text of either is. Word has no other layout that
 * keeps two flows aligned: text columns flow on, and frames do not break across pages.
 *
 * <p>Each column is written by a {@link DocxWriter} of its own edition, with the same code as a
 * document on its own. The first column's headings are the heading styles, numbered and listed
 * in the table of contents as in a single document. The second column's are styles based on them,
 * body text to the outline, so that the contents list each clause once; their numbering is a
 * definition of its own, because Word counts every list on one definition together (a second
 * list on the first definition would number the right column's headings 2, 4, 6). Its bookmarks
 * are its own too ({@link BookmarkNames#SECOND_EDITION_PREFIX}), so a cross-reference in either
 * column finds the heading in that column.
 *
 * <p>What a contract has once is written once, across the page: one cover with both titles and
 * each fact once, under a label of both languages ("Kunde / Customer"), one table of contents (the
 * first edition's), one signature block. A page break, and a part or appendix whose heading style
 * starts a page, end the table; the next table starts on the new page, by a break before the
 * first paragraph of its first row, which Word and LibreOffice honour by moving the row.
 */
final class ParallelWriter {

    /** The height of the paragraph between two tables, in points. */
    private static final double SEPARATOR_HEIGHT_POINTS = 1;

    /** The space between the columns, in twips: 0.5 cm. */
    private static final long GUTTER = 284;

    /** Between a label or value of the first edition and the same of the second. */
    private static final String BETWEEN = " / ";

    /** How far up the based-on chain a style is followed, against a reference whose styles loop. */
    private static final int MAX_STYLE_DEPTH = 16;

    private final Session session;
    private final DocxWriter left;
    private final DocxWriter right;
    private final Target.Body body;
    private final long[] columnWidths;
    private XWPFTable table;
    private XWPFTableRow lastRow;

    private ParallelWriter(Session session, DocxWriter left, DocxWriter right) {
        this.session = session;
        this.left = left;
        this.right = right;
        this.body = session.body();
        long half = session.textWidth() / 2;
        this.columnWidths = new long[] {half, session.textWidth() - half};
    }

    /** Writes the numbered, resolved editions of {@code source} into {@code document}. */
    static void write(XWPFDocument document, ParallelDocument source) {
        Session session = new Session(document);
        // A draft is marked in both languages: the right column's reader must see it too.
        String leftDraft = Labels.forLanguage(source.left().info().language()).draft();
        String rightDraft = Labels.forLanguage(source.right().info().language()).draft();
        session.begin(source.info(), leftDraft.equals(rightDraft) ? leftDraft : leftDraft + " / " + rightDraft);
        StyleBinding.SecondColumnStyles styles = StyleBinding.addSecondColumnStyles(document.getStyles(), session.styles());
        NumberingDefinitions.HeadingList list = session.numbering().separateHeadings(styles.levels());
        StyleBinding.bindSecondColumnNumbering(document.getStyles(), styles, list.num());
        String language = Labels.forLanguage(source.info().language()).languageTag();
        DocxWriter left = new DocxWriter(session, source.left(),
                HeadingStyles.main(session.styles(), session.numbering()), new BookmarkNames(), language);
        DocxWriter right = new DocxWriter(session, source.right(), HeadingStyles.secondColumn(styles, list),
                new BookmarkNames(BookmarkNames.SECOND_EDITION_PREFIX), language);
        new ParallelWriter(session, left, right).blocks(source.left().blocks(), source.right().blocks());
        session.finish(source.info());
    }

    /** Blocks of the same shape, in pairs (see {@link ParallelDocument#differences}). */
    private void blocks(List<Block> leftBlocks, List<Block> rightBlocks) {
        for (int i = 0; i < leftBlocks.size(); i++) {
            pair(leftBlocks.get(i), rightBlocks.get(i));
        }
    }

    private void pair(Block leftBlock, Block rightBlock) {
        if (leftBlock instanceof CoverPage cover) {
            cover(cover, (CoverPage) rightBlock);
        } else if (leftBlock instanceof TableOfContents || leftBlock instanceof PageBreak) {
            endTable();
            left.into(body);
            leftBlock.accept(left);
        } else if (leftBlock instanceof SignatureBlock signatures) {
            signatures(signatures, (SignatureBlock) rightBlock);
        } else if (leftBlock instanceof Part part) {
            Part other = (Part) rightBlock;
            if (startsPage(StyleRole.PART_HEADING)) {
                newPage();
            }
            XWPFTableRow row = headingRow();
            heading(row, 0, left, () -> left.partHeading(part));
            heading(row, 1, right, () -> right.partHeading(other));
            blocks(part.blocks(), other.blocks());
        } else if (leftBlock instanceof Section section) {
            Section other = (Section) rightBlock;
            XWPFTableRow row = headingRow();
            heading(row, 0, left, () -> left.sectionHeading(section));
            heading(row, 1, right, () -> right.sectionHeading(other));
            left.enterSection();
            right.enterSection();
            blocks(section.blocks(), other.blocks());
            left.leaveSection();
            right.leaveSection();
        } else if (leftBlock instanceof Appendix appendix) {
            Appendix other = (Appendix) rightBlock;
            if (startsPage(StyleRole.APPENDIX_HEADING)) {
                newPage();
            }
            XWPFTableRow row = headingRow();
            heading(row, 0, left, () -> left.appendixHeading(appendix));
            heading(row, 1, right, () -> right.appendixHeading(other));
            DocxWriter.AppendixScope leftOuter = left.enterAppendix(appendix);
            DocxWriter.AppendixScope rightOuter = right.enterAppendix(other);
            blocks(appendix.blocks(), other.blocks());
            left.leave(leftOuter);
            right.leave(rightOuter);
        } else {
            XWPFTableRow row = newRow();
            content(row, 0, left, leftBlock);
            content(row, 1, right, rightBlock);
        }
    }

    // ---- rows ---------------------------------------------------------------------------------

    private interface HeadingWriter {
        XWPFParagraph write();
    }

    /** A heading row stays whole and on the page of the row after it. */
    private XWPFTableRow headingRow() {
        XWPFTableRow row = newRow();
        CTTrPr properties = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
        properties.addNewCantSplit();
        return row;
    }

    private void heading(XWPFTableRow row, int column, DocxWriter writer, HeadingWriter heading) {
        Target.Cell cell = cell(row, column);
        writer.into(cell);
        heading.write().setKeepNext(true);
        cell.close();
    }

    private void content(XWPFTableRow row, int column, DocxWriter writer, Block block) {
        Target.Cell cell = cell(row, column);
        writer.into(cell);
        block.accept(writer);
        cell.close();
    }

    private Target.Cell cell(XWPFTableRow row, int column) {
        return new Target.Cell(row.getCell(column), columnWidths[column] - GUTTER / 2);
    }

    /**
     * A new row of the open table, or the first row of a new one. A page break still pending goes
     * to the first paragraph of the row's left cell: Word and LibreOffice start the row on a new
     * page then, where an empty paragraph with the break before the table would be a line of its
     * own at the top of the page (and LibreOffice, which also breaks before a table whose first
     * paragraph's style starts a page, would leave a page blank).
     */
    private XWPFTableRow newRow() {
        XWPFTableRow row;
        if (table == null) {
            separateFromTableAbove();
            table = body.addTable(1, 2);
            format(table);
            row = table.getRow(0);
        } else {
            // XWPFTable.createRow counts the rows there are for each new one; a contract's table has hundreds.
            row = new XWPFTableRow(table.getCTTbl().addNewTr(), table);
            row.createCell();
            row.createCell();
        }
        lastRow = row;
        for (int c = 0; c < 2; c++) {
            XWPFTableCell cell = row.getCell(c);
            CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            dxa(properties.addNewTcW(), columnWidths[c]);
            CTTcMar margins = properties.addNewTcMar();
            // The gutter is the inner margins of the two columns; their outer edges are the page's.
            dxa(c == 0 ? margins.addNewRight() : margins.addNewLeft(), GUTTER / 2);
        }
        return row;
    }

    private void format(XWPFTable created) {
        CTTblPr properties = CTTblPr.Factory.newInstance();
        dxa(properties.addNewTblW(), session.textWidth());
        CTTblBorders borders = properties.addNewTblBorders();
        for (CTBorder border : new CTBorder[] {
            borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(), borders.addNewRight(),
            borders.addNewInsideH(), borders.addNewInsideV()
        }) {
            border.setVal(STBorder.NONE);
        }
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblCellMar margins = properties.addNewTblCellMar();
        dxa(margins.addNewLeft(), 0);
        dxa(margins.addNewRight(), 0);
        created.getCTTbl().setTblPr(properties);
        CTTblGrid grid = CTTblGrid.Factory.newInstance();
        for (long width : columnWidths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        created.getCTTbl().setTblGrid(grid);
    }

    private static void dxa(CTTblWidth width, long twips) {
        width.setW(BigInteger.valueOf(twips));
        width.setType(STTblWidth.DXA);
    }

    private void endTable() {
        table = null;
    }

    private void newPage() {
        endTable();
        left.into(body);
        new PageBreak().accept(left);
    }

    /**
     * Two tables one after the other would be read as one: a paragraph keeps them apart, one point
     * high, so that it never takes a line, or a page, of its own.
     */
    private void separateFromTableAbove() {
        if (body.last() instanceof XWPFTable) {
            XWPFParagraph separator = body.addParagraph();
            separator.setStyle(session.styles().id(StyleRole.NORMAL));
            separator.setSpacingBefore(0);
            separator.setSpacingAfter(0);
            separator.setSpacingBetween(SEPARATOR_HEIGHT_POINTS, LineSpacingRule.EXACT);
        }
    }

    /** Whether a heading in this style starts a new page: the style, or one it is based on, says so. */
    private boolean startsPage(StyleRole role) {
        CTStyle style = session.styles().style(role);
        for (int depth = 0; style != null && depth < MAX_STYLE_DEPTH; depth++) {
            if (style.isSetPPr() && style.getPPr().isSetPageBreakBefore()) {
                return isOn(style.getPPr().getPageBreakBefore());
            }
            if (!style.isSetBasedOn()) {
                return false;
            }
            var parent = session.document().getStyles().getStyle(style.getBasedOn().getVal());
            style = parent == null ? null : parent.getCTStyle();
        }
        return false;
    }

    private static boolean isOn(CTOnOff value) {
        if (!value.isSetVal()) {
            return true;
        }
        Object val = value.getVal();
        return Boolean.TRUE.equals(val) || "1".equals(val) || "true".equals(val) || "on".equals(val);
    }

    // ---- what is written once -----------------------------------------------------------------

    /** One cover: both titles and subtitles, the first edition's first; each fact once, under both labels. */
    private void cover(CoverPage first, CoverPage second) {
        endTable();
        left.into(body);
        right.into(body);
        left.coverLine(StyleRole.TITLE, first.title());
        if (!second.title().equals(first.title())) {
            right.coverLine(StyleRole.TITLE, second.title());
        }
        if (!first.subtitle().isEmpty()) {
            left.coverLine(StyleRole.SUBTITLE, first.subtitle());
        }
        if (!second.subtitle().isEmpty() && !second.subtitle().equals(first.subtitle())) {
            right.coverLine(StyleRole.SUBTITLE, second.subtitle());
        }
        List<CoverPage.CoverField> fields = new ArrayList<>();
        for (int i = 0; i < first.fields().size(); i++) {
            CoverPage.CoverField one = first.fields().get(i);
            CoverPage.CoverField other = second.fields().get(i);
            fields.add(new CoverPage.CoverField(either(one.label(), other.label()), lines(one.lines(), other.lines())));
        }
        left.coverFields(fields);
        new PageBreak().accept(left);
    }

    /** The first edition's lines, each followed by the second's where that one says it differently. */
    private static List<String> lines(List<String> first, List<String> second) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
            String one = i < first.size() ? first.get(i) : null;
            String other = i < second.size() ? second.get(i) : null;
            if (one != null) {
                lines.add(one);
            }
            if (other != null && !other.equals(one)) {
                lines.add(other);
            }
        }
        return lines;
    }

    /** One signature block: each party's column once, with the labels of both editions. */
    private void signatures(SignatureBlock first, SignatureBlock second) {
        boolean afterTable = table != null;
        if (afterTable && !left.pageBreakPending()) {
            // An attestation just before the signatures stays on their page, as in a single edition.
            keepWithNext(lastRow);
        }
        endTable();
        left.into(body);
        if (!left.pageBreakPending()) {
            separateFromTableAbove();
        }
        Labels one = left.labels();
        Labels other = right.labels();
        List<DocxWriter.SignatureColumn> columns = new ArrayList<>();
        for (int i = 0; i < first.signatories().size(); i++) {
            SignatureBlock.Signatory a = first.signatories().get(i);
            SignatureBlock.Signatory b = second.signatories().get(i);
            String heading = one.forParty().equals(other.forParty())
                    ? one.forParty() + " " + either(a.role(), b.role())
                    : either(one.forParty() + " " + a.role(), other.forParty() + " " + b.role());
            columns.add(new DocxWriter.SignatureColumn(heading, either(a.party(), b.party()),
                    either(one.placeAndDate(), other.placeAndDate()),
                    filledIn(a.name(), b.name(), one.name(), other.name()),
                    filledIn(a.title(), b.title(), one.title(), other.title())));
        }
        left.signatures(columns);
    }

    private static void keepWithNext(XWPFTableRow row) {
        for (XWPFTableCell cell : row.getTableCells()) {
            for (XWPFParagraph paragraph : cell.getParagraphs()) {
                paragraph.setKeepNext(true);
            }
        }
    }

    /** A value of the signatory, or where neither edition has one, the label of the line to write it on. */
    private static String filledIn(String first, String second, String firstLabel, String secondLabel) {
        if (first == null && second == null) {
            return either(firstLabel, secondLabel) + ":";
        }
        return either(first, second);
    }

    /** Once when the editions agree, else "first / second". */
    private static String either(String first, String second) {
        if (first == null || second == null || first.equals(second)) {
            return first != null ? first : second;
        }
        return first + BETWEEN + second;
    }
}

package no.samspill.internal.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import no.samspill.doc.Appendix;
import no.samspill.doc.Block;
import no.samspill.doc.BulletList;
import no.samspill.doc.CoverPage;
import no.samspill.doc.CrossReference;
import no.samspill.doc.DefinedTerm;
import no.samspill.doc.Document;
import no.samspill.doc.Emphasis;
import no.samspill.doc.Inline;
import no.samspill.doc.LineBreak;
import no.samspill.doc.Link;
import no.samspill.doc.ListItem;
import no.samspill.doc.OrderedList;
import no.samspill.doc.PageBreak;
import no.samspill.doc.Paragraph;
import no.samspill.doc.Part;
import no.samspill.doc.Section;
import no.samspill.doc.SignatureBlock;
import no.samspill.doc.Strong;
import no.samspill.doc.Table;
import no.samspill.doc.TableOfContents;
import no.samspill.doc.Text;
import no.samspill.doc.Visitor;
import no.samspill.internal.doc.Labels;
import no.samspill.internal.text.PlainText;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes one numbered, resolved document into an opened reference document. Used for one render
 * only: it keeps the state of the walk (current paragraph, list level, emphasis).
 *
 * <p>It writes into a {@link Target}: the body, or a cell of a parallel table. A parallel document
 * has one writer for each edition ({@link ParallelWriter}), which share the {@link Session}; each
 * has its own labels, bookmarks and headings, so each column is numbered and cross-referenced in
 * itself.
 */
public final class DocxWriter implements Visitor<Void> {

    /** The left and right cell margins of the table style, in twips. */
    private static final long TABLE_CELL_MARGIN_TWIPS = 72;

    /** Room in a cell beyond its text and margins: the cell's borders, and rounding. */
    private static final long TABLE_CELL_SLACK_TWIPS = 60;

    /** The size of table text when no style says, in half-points: the built-in 9 pt. */
    private static final long DEFAULT_TABLE_HALF_POINTS = 18;

    /** Beyond this many characters a cell wraps anyway, so longer text asks for no more width. */
    private static final int MAX_CELL_CHARS_PER_LINE = 40;

    /** Where a line may break inside a word: after a dash, and after a hyphen before a letter. */
    private static final Pattern WORD_PARTS = Pattern.compile("\\s+|(?<=[\u2013\u2014])|(?<=-)(?=\\p{L})");

    private static final String DASH = " \u2013 ";
    private static final String SIGNATURE_LINE = "_".repeat(32);

    private final Session session;
    private final Document source;
    private final Labels labels;
    private final StyleSheet styles;
    private final NumberingDefinitions numbering;
    private final HeadingStyles headings;
    private final BookmarkNames bookmarks;
    private final Set<String> sectionAnchors = new HashSet<>();

    /** The language of this edition's runs where it is not the document's, else null. */
    private final String runLanguage;

    private Target target;
    private boolean pageBreakPending;

    /** Set after a content table: the next paragraph keeps a little distance from its last row. */
    private boolean afterTable;

    /** The distance between a table and the paragraph after it, in twips (8 pt). */
    private static final long SPACE_AFTER_TABLE_TWIPS = 160;
    private XWPFParagraph paragraph;
    private int bold;
    private int italic;
    private int sectionDepth;
    private BigInteger appendixHeadingNum;
    private int listLevel = -1;
    private BigInteger listNum;
    private boolean listItemNumbered;

    /**
     * A writer of one edition.
     *
     * @param documentLanguage the language tag of the document as a whole; runs in another are marked
     */
    DocxWriter(Session session, Document source, HeadingStyles headings, BookmarkNames bookmarks,
            String documentLanguage) {
        this.session = session;
        this.source = source;
        this.labels = Labels.forLanguage(source.info().language());
        this.styles = session.styles();
        this.numbering = session.numbering();
        this.headings = headings;
        this.bookmarks = bookmarks;
        this.runLanguage = labels.languageTag().equals(documentLanguage) ? null : labels.languageTag();
        this.target = session.body();
        registerAnchors(source.blocks());
        collectSectionAnchors(source.blocks(), sectionAnchors);
    }

    /** Writes the numbered, resolved {@code source} into {@code document}. */
    public static void write(XWPFDocument document, Document source) {
        Session session = new Session(document);
        String language = Labels.forLanguage(source.info().language()).languageTag();
        DocxWriter writer = new DocxWriter(session, source,
                HeadingStyles.main(session.styles(), session.numbering()), new BookmarkNames(), language);
        session.begin(source.info());
        writer.blocks(source.blocks());
        session.finish(source.info());
    }

    Labels labels() {
        return labels;
    }

    /** Makes {@code next} the target of what is written from now on. */
    void into(Target next) {
        target = next;
        afterTable = false;
    }

    private void registerAnchors(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Part part) {
                register(part.anchor());
                registerAnchors(part.blocks());
            } else if (block instanceof Section section) {
                register(section.anchor());
                registerAnchors(section.blocks());
            } else if (block instanceof Appendix appendix) {
                register(appendix.anchor());
                registerAnchors(appendix.blocks());
            }
        }
    }

    private void register(String anchor) {
        if (anchor != null) {
            bookmarks.add(anchor);
        }
    }

    // ---- blocks -------------------------------------------------------------------------------

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            block.accept(this);
        }
    }

    private XWPFParagraph newParagraph(StyleRole role) {
        return newParagraph(styles.id(role), role == StyleRole.BODY_TEXT || role == StyleRole.LIST_PARAGRAPH);
    }

    /** @param text whether the paragraph is running text, which keeps its distance from a table above it */
    private XWPFParagraph newParagraph(String styleId, boolean text) {
        XWPFParagraph created = target.addParagraph();
        created.setStyle(styleId);
        if (pageBreakPending) {
            created.setPageBreak(true);
            pageBreakPending = false;
        }
        if (afterTable && text) {
            // Word has no space after a table; the paragraph that follows keeps the distance.
            // Headings are left alone: their style already puts more space before them.
            created.setSpacingBefore((int) SPACE_AFTER_TABLE_TWIPS);
        }
        afterTable = false;
        paragraph = created;
        return created;
    }

    @Override
    public Void visit(Document document) {
        blocks(document.blocks());
        return null;
    }

    @Override
    public Void visit(CoverPage coverPage) {
        coverLine(StyleRole.TITLE, coverPage.title());
        if (!coverPage.subtitle().isEmpty()) {
            coverLine(StyleRole.SUBTITLE, coverPage.subtitle());
        }
        coverFields(coverPage.fields());
        pageBreakPending = true;
        return null;
    }

    /** A title or subtitle line of the cover. */
    void coverLine(StyleRole role, List<Inline> text) {
        newParagraph(role);
        inlines(text);
    }

    /** The cover's table of labelled facts. */
    void coverFields(List<CoverPage.CoverField> fields) {
        if (!fields.isEmpty()) {
            long width = target.width();
            XWPFTable table = newTable(fields.size(), 2, new long[] {width * 3 / 10, width * 7 / 10});
            for (int i = 0; i < fields.size(); i++) {
                CoverPage.CoverField field = fields.get(i);
                XWPFTableRow row = table.getRow(i);
                XWPFParagraph label = cellParagraph(row.getCell(0));
                XWPFRun labelRun = label.createRun();
                labelRun.setBold(true);
                labelRun.setText(XmlText.printable(field.label()));
                XWPFRun value = cellParagraph(row.getCell(1)).createRun();
                for (int line = 0; line < field.lines().size(); line++) {
                    if (line > 0) {
                        value.addBreak();
                    }
                    value.setText(XmlText.printable(field.lines().get(line)), line);
                }
            }
        }
    }

    @Override
    public Void visit(TableOfContents tableOfContents) {
        newParagraph(StyleRole.TOC_HEADING);
        inlines(tableOfContents.title());
        List<TocEntry> entries = new ArrayList<>();
        collectTocEntries(source.blocks(), 0, entries);
        String instruction = "TOC \\o \"1-3\" \\h \\z \\u";
        if (entries.isEmpty()) {
            Fields.begin(newParagraph(StyleRole.TOC_1), instruction);
            Fields.end(paragraph);
            return null;
        }
        for (int i = 0; i < entries.size(); i++) {
            TocEntry entry = entries.get(i);
            XWPFParagraph line = newParagraph(StyleRole.TOC_LEVELS[entry.level()]);
            if (i == 0) {
                Fields.begin(line, instruction);
            }
            XWPFRun run = line.createRun();
            if (entry.number() != null) {
                run.setText(XmlText.printable(entry.number()));
                run.addTab();
                run.setText(XmlText.printable(entry.title()), 1);
            } else {
                run.setText(XmlText.printable(entry.title()));
            }
            if (i == entries.size() - 1) {
                Fields.end(line);
            }
        }
        pageBreakPending = true;
        return null;
    }

    /** A cached table-of-contents line; level 0 is the top. */
    private record TocEntry(int level, String number, String title) {}

    private void collectTocEntries(List<Block> blocks, int depth, List<TocEntry> entries) {
        for (Block block : blocks) {
            if (block instanceof Part part) {
                entries.add(new TocEntry(0, null, part.label() + DASH + PlainText.bare(part.title())));
                collectTocEntries(part.blocks(), depth, entries);
            } else if (block instanceof Section section) {
                if (depth < StyleRole.TOC_LEVELS.length) {
                    entries.add(new TocEntry(depth, section.number(), PlainText.bare(section.title())));
                }
                collectTocEntries(section.blocks(), depth + 1, entries);
            } else if (block instanceof Appendix appendix) {
                entries.add(new TocEntry(0, null,
                        labels.appendixLabel(appendix.number()) + DASH + PlainText.bare(appendix.title())));
                collectTocEntries(appendix.blocks(), 0, entries);
            }
        }
    }

    @Override
    public Void visit(Part part) {
        partHeading(part);
        pageBreakPending = false;
        blocks(part.blocks());
        return null;
    }

    @Override
    public Void visit(Section section) {
        sectionHeading(section);
        enterSection();
        blocks(section.blocks());
        leaveSection();
        return null;
    }

    @Override
    public Void visit(Appendix appendix) {
        appendixHeading(appendix);
        AppendixScope outer = enterAppendix(appendix);
        blocks(appendix.blocks());
        leave(outer);
        return null;
    }

    XWPFParagraph partHeading(Part part) {
        XWPFParagraph heading = newParagraph(headings.part(), false);
        if (headings.listed()) {
            outlineLevelZero(heading);
        }
        bookmarked(part.anchor(), () -> labelRun(heading).setText(XmlText.printable(part.label())));
        labelRun(heading).setText(DASH);
        inlines(part.title());
        return heading;
    }

    XWPFParagraph sectionHeading(Section section) {
        int level = Math.min(sectionDepth, StyleRole.NUMBERED_HEADINGS.length - 1);
        XWPFParagraph heading = newParagraph(headings.levels().get(level), false);
        if (appendixHeadingNum != null || sectionDepth >= StyleRole.NUMBERED_HEADINGS.length) {
            BigInteger num = appendixHeadingNum != null ? appendixHeadingNum : headings.list().num();
            numbered(heading, num, Math.min(sectionDepth, NumberingDefinitions.LEVELS - 1));
        }
        bookmarked(section.anchor(), () -> inlines(section.title()));
        return heading;
    }

    XWPFParagraph appendixHeading(Appendix appendix) {
        XWPFParagraph heading = newParagraph(headings.appendix(), false);
        if (headings.listed()) {
            outlineLevelZero(heading);
        }
        labelRun(heading).setText(XmlText.printable(labels.appendix() + " "));
        bookmarked(appendix.anchor(), () -> labelRun(heading).setText(XmlText.printable(appendix.number())));
        labelRun(heading).setText(DASH);
        inlines(appendix.title());
        return heading;
    }

    /** A run of a heading's label ("Del I", "Vedlegg 2"), in the edition's language. */
    private XWPFRun labelRun(XWPFParagraph heading) {
        XWPFRun run = heading.createRun();
        if (runLanguage != null) {
            run.setLang(runLanguage);
        }
        return run;
    }

    /** What follows a section's heading is one level down. */
    void enterSection() {
        sectionDepth++;
    }

    void leaveSection() {
        sectionDepth--;
    }

    /** The numbering and depth of the sections around an appendix, to return to after it. */
    record AppendixScope(BigInteger headingNum, int sectionDepth) {}

    /** The sections of an appendix are numbered from 1 again, on their own list. */
    AppendixScope enterAppendix(Appendix appendix) {
        AppendixScope outer = new AppendixScope(appendixHeadingNum, sectionDepth);
        appendixHeadingNum = containsSection(appendix.blocks()) ? numbering.restarted(headings.list()) : null;
        sectionDepth = 0;
        return outer;
    }

    void leave(AppendixScope outer) {
        appendixHeadingNum = outer.headingNum();
        sectionDepth = outer.sectionDepth();
    }

    private static boolean containsSection(List<Block> blocks) {
        return blocks.stream().anyMatch(block -> block instanceof Section);
    }

    /** Part and appendix headings are listed in the table of contents by their outline level. */
    private static void outlineLevelZero(XWPFParagraph heading) {
        CTPPr properties = heading.getCTP().isSetPPr() ? heading.getCTP().getPPr() : heading.getCTP().addNewPPr();
        properties.addNewOutlineLvl().setVal(BigInteger.ZERO);
    }

    private void bookmarked(String anchor, Runnable content) {
        if (anchor == null) {
            content.run();
            return;
        }
        int id = session.nextBookmarkId();
        Fields.bookmarkStart(paragraph, bookmarks.nameOf(anchor), id);
        content.run();
        Fields.bookmarkEnd(paragraph, id);
    }

    @Override
    public Void visit(Paragraph source) {
        if (listLevel < 0) {
            newParagraph(StyleRole.BODY_TEXT);
        } else {
            XWPFParagraph item = newParagraph(StyleRole.LIST_PARAGRAPH);
            if (listItemNumbered) {
                CTPPr properties = item.getCTP().isSetPPr() ? item.getCTP().getPPr() : item.getCTP().addNewPPr();
                properties.addNewInd().setLeft(BigInteger.valueOf(NumberingDefinitions.listIndent(listLevel)));
            } else {
                numbered(item, listNum, listLevel);
                listItemNumbered = true;
            }
        }
        inlines(source.inlines());
        return null;
    }

    private static void numbered(XWPFParagraph target, BigInteger numId, int level) {
        CTPPr properties = target.getCTP().isSetPPr() ? target.getCTP().getPPr() : target.getCTP().addNewPPr();
        CTNumPr numPr = properties.isSetNumPr() ? properties.getNumPr() : properties.addNewNumPr();
        CTDecimalNumber ilvl = numPr.isSetIlvl() ? numPr.getIlvl() : numPr.addNewIlvl();
        ilvl.setVal(BigInteger.valueOf(level));
        CTDecimalNumber id = numPr.isSetNumId() ? numPr.getNumId() : numPr.addNewNumId();
        id.setVal(numId);
    }

    @Override
    public Void visit(BulletList list) {
        items(list.items(), level -> numbering.bulletNum());
        return null;
    }

    @Override
    public Void visit(OrderedList list) {
        items(list.items(), level -> numbering.orderedNum(level, list.start()));
        return null;
    }

    private void items(List<ListItem> items, IntFunction<BigInteger> numFor) {
        int outerLevel = listLevel;
        BigInteger outerNum = listNum;
        boolean outerNumbered = listItemNumbered;
        listLevel = Math.min(outerLevel + 1, NumberingDefinitions.LEVELS - 1);
        listNum = numFor.apply(listLevel);
        for (ListItem item : items) {
            listItemNumbered = false;
            for (Block block : item.blocks()) {
                if (block instanceof BulletList || block instanceof OrderedList) {
                    BigInteger itemNum = listNum;
                    block.accept(this);
                    listNum = itemNum;
                } else {
                    block.accept(this);
                }
            }
            if (!listItemNumbered) {
                numbered(newParagraph(StyleRole.LIST_PARAGRAPH), listNum, listLevel);
            }
        }
        listLevel = outerLevel;
        listNum = outerNum;
        listItemNumbered = outerNumbered;
    }

    @Override
    public Void visit(Table source) {
        int columns = source.columnCount();
        if (columns == 0) {
            return null;
        }
        XWPFTable table = newTable(source.rows().size(), columns, columnWidths(source));
        CTTblPr properties = table.getCTTbl().getTblPr();
        properties.addNewTblStyle().setVal(styles.id(StyleRole.TABLE_GRID));
        CTTblLook look = properties.addNewTblLook();
        boolean headed = source.headerRows() > 0;
        // The bit mask Word reads before the attributes: 0x0020 first row, 0x0200/0x0400 no banding.
        look.setVal(new byte[] {(byte) 0x06, headed ? (byte) 0x20 : (byte) 0x00});
        look.setFirstRow(headed ? "1" : "0");
        look.setLastRow("0");
        look.setFirstColumn("0");
        look.setLastColumn("0");
        look.setNoHBand("1");
        look.setNoVBand("1");
        for (int r = 0; r < source.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            boolean header = r < source.headerRows();
            CTTrPr rowProperties = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
            rowProperties.addNewCantSplit();
            if (header) {
                rowProperties.addNewTblHeader();
            }
            List<Table.Cell> cells = source.rows().get(r).cells();
            for (int c = 0; c < columns; c++) {
                cellParagraph(row.getCell(c));
                if (c < cells.size()) {
                    bold += header ? 1 : 0;
                    inlines(cells.get(c).inlines());
                    bold -= header ? 1 : 0;
                }
            }
        }
        afterTable = true;
        return null;
    }

    /**
     * Column widths that fill the line without breaking a word. Every column first gets room for
     * its longest word (a line may break only between words, or after a dash or a hyphen), measured
     * in the built-in font and widened for a wider font that a reader may see instead, as far as
     * the line allows ({@link TextWidths#WIDER_REGULAR}); what is left goes to the columns in
     * proportion to how much more text they hold. When even the longest words do not fit, the
     * columns whose words fit keep their room, and only the widest columns share what is left,
     * equally: a word is broken in as few columns as can be.
     */
    private long[] columnWidths(Table source) {
        int columns = source.columnCount();
        long textWidth = target.width();
        long halfPoints = tableTextHalfPoints();
        long[] longestRegular = new long[columns];
        long[] longestBold = new long[columns];
        long[] longestLine = new long[columns];
        for (int r = 0; r < source.rows().size(); r++) {
            Table.Row row = source.rows().get(r);
            boolean bold = r < source.headerRows();
            long[] longest = bold ? longestBold : longestRegular;
            for (int c = 0; c < Math.min(columns, row.cells().size()); c++) {
                String text = PlainText.bare(row.cells().get(c).inlines()).strip();
                for (String word : WORD_PARTS.split(text)) {
                    longest[c] = Math.max(longest[c], TextWidths.twips(word, bold, halfPoints));
                }
                long line = TextWidths.twips(text, bold, halfPoints);
                if (text.length() > MAX_CELL_CHARS_PER_LINE) {
                    line = line * MAX_CELL_CHARS_PER_LINE / text.length();
                }
                longestLine[c] = Math.max(longestLine[c], line);
            }
        }
        // How far towards the wider font the longest words can be widened and still fit: all the
        // way when they fit so, else as far as they do (found by halving), else not at all.
        double widen = 1.0;
        if (total(leastWidths(longestRegular, longestBold, 1.0)) > textWidth) {
            double low = 0.0;
            double high = 1.0;
            for (int step = 0; step < 24; step++) {
                double middle = (low + high) / 2;
                if (total(leastWidths(longestRegular, longestBold, middle)) <= textWidth) {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            widen = low;
        }
        long[] least = leastWidths(longestRegular, longestBold, widen);
        long[] wanted = new long[columns];
        long extraTotal = 0;
        for (int c = 0; c < columns; c++) {
            long line = (long) Math.floor(longestLine[c] * (1 + widen * (TextWidths.WIDER_REGULAR - 1)));
            wanted[c] = Math.max(least[c], cellWidth(line));
            extraTotal += wanted[c] - least[c];
        }
        long[] widths = new long[columns];
        long spare = textWidth - total(least);
        if (spare < 0) {
            long cap = widestShare(least, textWidth);
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.min(least[c], cap);
            }
        } else {
            for (int c = 0; c < columns; c++) {
                long extra = extraTotal == 0 ? spare / columns : spare * (wanted[c] - least[c]) / extraTotal;
                widths[c] = least[c] + extra;
            }
        }
        long used = 0;
        for (int c = 0; c < columns - 1; c++) {
            used += widths[c];
        }
        widths[columns - 1] = textWidth - used;
        return widths;
    }

    /**
     * Room for each column's longest regular and bold word, widened by {@code widen} of the way
     * (0 to 1) from the built-in font towards the widest font a reader may see.
     */
    private static long[] leastWidths(long[] longestRegular, long[] longestBold, double widen) {
        long[] least = new long[longestRegular.length];
        for (int c = 0; c < least.length; c++) {
            long regular = (long) Math.floor(longestRegular[c] * (1 + widen * (TextWidths.WIDER_REGULAR - 1)));
            long bold = (long) Math.floor(longestBold[c] * (1 + widen * (TextWidths.WIDER_BOLD - 1)));
            least[c] = cellWidth(Math.max(regular, bold));
        }
        return least;
    }

    private static long total(long[] widths) {
        long sum = 0;
        for (long width : widths) {
            sum += width;
        }
        return sum;
    }

    /**
     * The width that the widest columns get when the columns need more than {@code total}: the
     * columns narrower than it keep what they need, and the rest share what is left equally.
     */
    private static long widestShare(long[] needed, long total) {
        long[] sorted = needed.clone();
        Arrays.sort(sorted);
        long left = total;
        for (int i = 0; i < sorted.length; i++) {
            long share = left / (sorted.length - i);
            if (sorted[i] > share) {
                return share;
            }
            left -= sorted[i];
        }
        return sorted.length == 0 ? total : sorted[sorted.length - 1];
    }

    /** Twips for a line of table text {@code textTwips} wide, with the cell's margins. */
    private static long cellWidth(long textTwips) {
        return textTwips + 2 * TABLE_CELL_MARGIN_TWIPS + TABLE_CELL_SLACK_TWIPS;
    }

    /**
     * The size of table text, in half-points: that of the table style, else of the paragraph style
     * the cells use, else of the document's defaults, else the built-in 9 pt.
     */
    private long tableTextHalfPoints() {
        for (StyleRole role : new StyleRole[] {StyleRole.TABLE_GRID, StyleRole.NORMAL}) {
            CTRPr properties = styles.style(role).getRPr();
            if (properties != null && properties.sizeOfSzArray() > 0) {
                return ((BigInteger) properties.getSzArray(0).getVal()).longValue();
            }
        }
        CTStyles all = session.document().getStyles().getCtStyles();
        if (all.isSetDocDefaults() && all.getDocDefaults().isSetRPrDefault()
                && all.getDocDefaults().getRPrDefault().isSetRPr()
                && all.getDocDefaults().getRPrDefault().getRPr().sizeOfSzArray() > 0) {
            return ((BigInteger) all.getDocDefaults().getRPrDefault().getRPr().getSzArray(0).getVal()).longValue();
        }
        return DEFAULT_TABLE_HALF_POINTS;
    }

    @Override
    public Void visit(SignatureBlock signatureBlock) {
        List<SignatureColumn> columns = new ArrayList<>();
        for (SignatureBlock.Signatory signatory : signatureBlock.signatories()) {
            columns.add(new SignatureColumn(labels.forParty() + " " + signatory.role(), signatory.party(),
                    labels.placeAndDate(),
                    signatory.name() != null ? signatory.name() : labels.name() + ":",
                    signatory.title() != null ? signatory.title() : labels.title() + ":"));
        }
        signatures(columns);
        return null;
    }

    /**
     * The text of one party's signature column, labels filled in.
     *
     * @param heading "For Kunden"
     * @param placeAndDate the label of the line for place and date
     * @param name the signatory's name, or the label of the line to write it on
     * @param title the signatory's title, or the label of the line to write it on
     */
    record SignatureColumn(String heading, String party, String placeAndDate, String name, String title) {}

    /**
     * The signatures, one column per party, two side by side: a row of a page's width holds two
     * signatures that can still be written in, so several parties sign in rows of two. A row is
     * never split across pages.
     */
    void signatures(List<SignatureColumn> columns) {
        int parties = columns.size();
        if (parties == 0) {
            return;
        }
        int perRow = Math.min(parties, SIGNATURES_PER_ROW);
        int rows = (parties + perRow - 1) / perRow;
        long[] widths = new long[perRow];
        for (int c = 0; c < perRow; c++) {
            widths[c] = target.width() / perRow;
        }
        // A paragraph just before the signatures (an attestation) stays on their page.
        if (!pageBreakPending && target.last() instanceof XWPFParagraph lead) {
            lead.setKeepNext(true);
        }
        XWPFTable table = newTable(rows, perRow, widths);
        for (int r = 0; r < rows; r++) {
            table.getRow(r).getCtRow().addNewTrPr().addNewCantSplit();
        }
        for (int i = 0; i < parties; i++) {
            SignatureColumn column = columns.get(i);
            XWPFTableCell cell = table.getRow(i / perRow).getCell(i % perRow);
            XWPFRun forRole = cellParagraph(cell).createRun();
            forRole.setBold(true);
            forRole.setText(XmlText.printable(column.heading()));
            signatureLine(cell, column.party(), 0);
            signatureLine(cell, column.placeAndDate() + ": " + "_".repeat(18), 240);
            signatureLine(cell, SIGNATURE_LINE, 720);
            signatureLine(cell, column.name(), 0);
            signatureLine(cell, column.title(), 0);
        }
    }

    /** Whether a page break is to come before what is written next. */
    boolean pageBreakPending() {
        return pageBreakPending;
    }

    /**
     * Writes the paragraph that carries a pending page break, for a table that is to start on the
     * new page; the break is no longer pending.
     */
    private void breakPageBeforeTable() {
        if (pageBreakPending) {
            newParagraph(StyleRole.NORMAL);
        }
    }

    private void signatureLine(XWPFTableCell cell, String text, int spaceBefore) {
        XWPFParagraph line = cell.addParagraph();
        line.setStyle(styles.id(StyleRole.NORMAL));
        spacing(line, spaceBefore, 0);
        line.createRun().setText(XmlText.printable(text));
        paragraph = line;
    }

    @Override
    public Void visit(PageBreak pageBreak) {
        pageBreakPending = true;
        return null;
    }

    /** As many signatures as fit side by side with room to sign. */
    private static final int SIGNATURES_PER_ROW = 2;

    private XWPFTable newTable(int rows, int columns, long[] widths) {
        breakPageBeforeTable();
        XWPFTable table = target.addTable(rows, columns);
        CTTbl ctTable = table.getCTTbl();
        CTTblPr properties = CTTblPr.Factory.newInstance();
        properties.addNewTblW().setW(BigInteger.valueOf(target.width()));
        properties.getTblW().setType(STTblWidth.DXA);
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        ctTable.setTblPr(properties);
        CTTblGrid grid = CTTblGrid.Factory.newInstance();
        for (long width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        ctTable.setTblGrid(grid);
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < columns; c++) {
                CTTc cell = row.getCell(c).getCTTc();
                CTTcPr cellProperties = cell.isSetTcPr() ? cell.getTcPr() : cell.addNewTcPr();
                cellProperties.addNewTcW().setW(BigInteger.valueOf(widths[c]));
                cellProperties.getTcW().setType(STTblWidth.DXA);
            }
        }
        return table;
    }

    /** The first paragraph of a new cell, made current for inline content. */
    private XWPFParagraph cellParagraph(XWPFTableCell cell) {
        XWPFParagraph first = cell.getParagraphs().get(0);
        first.setStyle(styles.id(StyleRole.NORMAL));
        spacing(first, 40, 40);
        paragraph = first;
        return first;
    }

    private static void spacing(XWPFParagraph target, int before, int after) {
        CTPPr properties = target.getCTP().isSetPPr() ? target.getCTP().getPPr() : target.getCTP().addNewPPr();
        CTSpacing spacing = properties.isSetSpacing() ? properties.getSpacing() : properties.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
    }

    // ---- inlines ------------------------------------------------------------------------------

    private void inlines(List<Inline> inlines) {
        for (Inline inline : inlines) {
            inline.accept(this);
        }
    }

    private XWPFRun run() {
        XWPFRun run = paragraph.createRun();
        if (runLanguage != null) {
            run.setLang(runLanguage);
        }
        if (bold > 0) {
            run.setBold(true);
        }
        if (italic > 0) {
            run.setItalic(true);
        }
        return run;
    }

    @Override
    public Void visit(Text text) {
        run().setText(XmlText.printable(text.text()));
        return null;
    }

    @Override
    public Void visit(Emphasis emphasis) {
        italic++;
        inlines(emphasis.inlines());
        italic--;
        return null;
    }

    @Override
    public Void visit(Strong strong) {
        bold++;
        inlines(strong.inlines());
        bold--;
        return null;
    }

    @Override
    public Void visit(DefinedTerm definedTerm) {
        XWPFRun run = run();
        if (definedTerm.definition()) {
            run.setBold(true);
        }
        run.setText(XmlText.printable(definedTerm.term()));
        return null;
    }

    @Override
    public Void visit(CrossReference crossReference) {
        String number = crossReference.number();
        if (number == null) {
            throw new IllegalStateException("cross-references must be resolved before rendering");
        }
        String bookmark = bookmarks.nameOf(crossReference.anchor());
        // A section's bookmark sits in its numbered heading: \w asks Word for the full number
        // ("4.2") from the list. Appendix and part bookmarks surround their number or label.
        String instruction = sectionAnchors.contains(crossReference.anchor())
                ? "REF " + bookmark + " \\w \\h"
                : "REF " + bookmark + " \\h";
        Fields.begin(paragraph, instruction);
        run().setText(XmlText.printable(number));
        Fields.end(paragraph);
        return null;
    }

    private static void collectSectionAnchors(List<Block> blocks, Set<String> anchors) {
        for (Block block : blocks) {
            if (block instanceof Section section) {
                if (section.anchor() != null) {
                    anchors.add(section.anchor());
                }
                collectSectionAnchors(section.blocks(), anchors);
            } else if (block instanceof Part part) {
                collectSectionAnchors(part.blocks(), anchors);
            } else if (block instanceof Appendix appendix) {
                collectSectionAnchors(appendix.blocks(), anchors);
            }
        }
    }

    @Override
    public Void visit(Link link) {
        XWPFHyperlinkRun run = paragraph.createHyperlinkRun(link.url());
        run.setStyle(styles.id(StyleRole.HYPERLINK));
        if (runLanguage != null) {
            run.setLang(runLanguage);
        }
        if (bold > 0) {
            run.setBold(true);
        }
        if (italic > 0) {
            run.setItalic(true);
        }
        String text = PlainText.bare(link.inlines());
        run.setText(XmlText.printable(text.isEmpty() ? link.url() : text));
        return null;
    }

    @Override
    public Void visit(LineBreak lineBreak) {
        run().addBreak();
        return null;
    }
}

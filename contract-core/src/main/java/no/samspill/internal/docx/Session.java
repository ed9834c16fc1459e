package no.samspill.internal.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import no.samspill.doc.DocumentInfo;
import no.samspill.internal.doc.Labels;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

/**
 * The document one render writes, and what every writer of it shares: the styles, the numbering
 * definitions, the body and its text width, the bookmark ids (unique in the whole document), and
 * what belongs to the document rather than to an edition of its text: header, footer, language
 * and properties. Used for one render only.
 */
final class Session {

    /** Text width of A4 with 2.5 cm margins, when the reference has no page setup. */
    private static final long DEFAULT_TEXT_WIDTH = 9072;
    private static final String DRAFT_COLOUR = "C00000";

    private final XWPFDocument document;
    private final StyleSheet styles;
    private final NumberingDefinitions numbering;
    private final Target.Body body;
    private int nextBookmarkId;

    Session(XWPFDocument document) {
        this.document = document;
        this.styles = StyleSheet.of(document.getStyles());
        this.numbering = new NumberingDefinitions(document.getNumbering(), styles);
        this.body = new Target.Body(document, textWidth(document));
    }

    XWPFDocument document() {
        return document;
    }

    StyleSheet styles() {
        return styles;
    }

    NumberingDefinitions numbering() {
        return numbering;
    }

    Target.Body body() {
        return body;
    }

    /** The width of the body's lines, in twips. */
    long textWidth() {
        return body.width();
    }

    int nextBookmarkId() {
        return nextBookmarkId++;
    }

    /** What comes before the text: the section numbering bound to the heading styles, the language, header and footer. */
    void begin(DocumentInfo info) {
        begin(info, Labels.forLanguage(info.language()).draft());
    }

    /** As {@link #begin(DocumentInfo)}, with the mark a draft carries on every page ("UTKAST / DRAFT"). */
    void begin(DocumentInfo info, String draftMark) {
        StyleBinding.bindHeadingNumbering(styles, numbering.headings().num());
        StyleBinding.setLanguage(document.getStyles(), Labels.forLanguage(info.language()).languageTag());
        writeHeaderAndFooter(info, Labels.forLanguage(info.language()), draftMark);
    }

    /** What comes after the text: fields to update on opening, and the document properties. */
    void finish(DocumentInfo info) {
        document.enforceUpdateFields();
        DocumentProperties.set(document, info, Labels.forLanguage(info.language()).languageTag());
    }

    private void writeHeaderAndFooter(DocumentInfo info, Labels labels, String draftMark) {
        CTSectPr section = finalSection(document);
        if (section.isSetTitlePg()) {
            section.unsetTitlePg();
        }
        for (int i = section.sizeOfHeaderReferenceArray() - 1; i >= 0; i--) {
            if (section.getHeaderReferenceArray(i).getType() != STHdrFtr.DEFAULT) {
                section.removeHeaderReference(i);
            }
        }
        for (int i = section.sizeOfFooterReferenceArray() - 1; i >= 0; i--) {
            if (section.getFooterReferenceArray(i).getType() != STHdrFtr.DEFAULT) {
                section.removeFooterReference(i);
            }
        }
        document.getSettings().setEvenAndOddHeadings(false);

        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        clear(header);
        if (info.draft()) {
            XWPFParagraph draft = header.createParagraph();
            draft.setStyle(styles.id(StyleRole.HEADER));
            draft.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun mark = draft.createRun();
            mark.setText(XmlText.printable(draftMark));
            mark.setBold(true);
            mark.setColor(DRAFT_COLOUR);
            mark.setFontSize(14);
        }
        XWPFParagraph line = header.createParagraph();
        line.setStyle(styles.id(StyleRole.HEADER));
        XWPFRun reference = line.createRun();
        reference.setText(XmlText.printable(info.reference() == null ? "" : info.reference()));
        reference.addTab();
        reference.addTab();
        reference.setText(XmlText.printable(info.title() == null ? "" : info.title()), 1);

        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        clear(footer);
        XWPFParagraph pages = footer.createParagraph();
        pages.setStyle(styles.id(StyleRole.FOOTER));
        pages.setAlignment(ParagraphAlignment.CENTER);
        pages.createRun().setText(XmlText.printable(labels.page() + " "));
        Fields.field(pages, "PAGE", "1");
        pages.createRun().setText(XmlText.printable(" " + labels.pageOf() + " "));
        Fields.field(pages, "NUMPAGES", "1");
    }

    private static void clear(XWPFHeaderFooter part) {
        for (XWPFParagraph existing : new ArrayList<>(part.getParagraphs())) {
            part.removeParagraph(existing);
        }
        while (!part.getTables().isEmpty()) {
            part.removeTable(part.getTables().get(0));
        }
    }

    // ---- page setup ---------------------------------------------------------------------------

    static CTSectPr finalSection(XWPFDocument document) {
        var body = document.getDocument().getBody();
        return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    }

    private static long textWidth(XWPFDocument document) {
        CTSectPr section = finalSection(document);
        if (!section.isSetPgSz() || !section.isSetPgMar()) {
            return DEFAULT_TEXT_WIDTH;
        }
        CTPageSz size = section.getPgSz();
        CTPageMar margins = section.getPgMar();
        long width = twips(size.getW()) - twips(margins.getLeft()) - twips(margins.getRight());
        return width > 1000 ? width : DEFAULT_TEXT_WIDTH;
    }

    private static long twips(Object measure) {
        return measure == null ? 0 : new BigInteger(measure.toString()).longValue();
    }
}

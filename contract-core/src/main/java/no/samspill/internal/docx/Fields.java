package no.samspill.internal.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Word fields and bookmarks. A field is written in its complex form (begin, instruction,
 * separate, cached result, end) so that readers that do not update fields, such as pandoc,
 * still show the result computed from the tree.
 */
final class Fields {

    private Fields() {}

    /** A whole field inside one paragraph; returns the run that holds the cached result. */
    static XWPFRun field(XWPFParagraph paragraph, String instruction, String cachedResult) {
        begin(paragraph, instruction);
        XWPFRun result = paragraph.createRun();
        result.setText(XmlText.printable(cachedResult));
        end(paragraph);
        return result;
    }

    /** The start of a field whose cached result follows in this and later paragraphs. */
    static void begin(XWPFParagraph paragraph, String instruction) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText text = paragraph.createRun().getCTR().addNewInstrText();
        text.setStringValue(" " + instruction + " ");
        text.setSpace(SpaceAttribute.Space.PRESERVE);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    static void end(XWPFParagraph paragraph) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    static void bookmarkStart(XWPFParagraph paragraph, String name, int id) {
        CTBookmark start = paragraph.getCTP().addNewBookmarkStart();
        start.setName(name);
        start.setId(BigInteger.valueOf(id));
    }

    static void bookmarkEnd(XWPFParagraph paragraph, int id) {
        paragraph.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(id));
    }
}

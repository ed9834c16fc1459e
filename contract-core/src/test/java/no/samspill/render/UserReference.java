package no.samspill.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import no.samspill.internal.docx.ReferenceDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * A user's reference document as a localized Word saves it: made from the built-in one, with
 * Heading 1 in Georgia under the Norwegian id "Overskrift1", no "Table Grid" style, and some
 * body text that must not reach the output.
 */
final class UserReference {

    static final String BODY_TEXT = "Malens eksempeltekst";

    private UserReference() {}

    static byte[] withGeorgiaHeadingsAndNoTableGrid() throws IOException {
        try (XWPFDocument document = ReferenceDocument.open(ReferenceDocument.builtIn())) {
            XWPFStyles styles = document.getStyles();
            CTStyle[] all = styles.getCtStyles().getStyleArray();
            for (int i = all.length - 1; i >= 0; i--) {
                CTStyle style = all[i];
                if (style.getStyleId().equals("TableGrid")) {
                    styles.getCtStyles().removeStyle(i);
                    continue;
                }
                if (style.getStyleId().equals("Heading1")) {
                    style.setStyleId("Overskrift1");
                    CTFonts fonts = style.getRPr().addNewRFonts();
                    fonts.setAscii("Georgia");
                    fonts.setHAnsi("Georgia");
                }
                if (style.isSetBasedOn() && style.getBasedOn().getVal().equals("Heading1")) {
                    style.getBasedOn().setVal("Overskrift1");
                }
            }
            document.createParagraph().createRun().setText(BODY_TEXT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        }
    }
}

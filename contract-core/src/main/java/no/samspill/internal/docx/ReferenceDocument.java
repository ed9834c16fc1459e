package no.samspill.internal.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Prepares a reference document the way pandoc's {@code --reference-doc} uses one: its styles,
 * numbering definitions, theme, fonts, settings and page setup are taken, nothing else (its body,
 * headers and footers, macros, attached template, custom parts are not); styles the renderer
 * needs but the document lacks are copied in from the built-in styles, by name. The result is
 * kept as bytes and opened afresh for every render, so renders share nothing mutable.
 */
public final class ReferenceDocument {

    static final String DEFAULT_STYLES = "default-styles.xml";

    /** A4 in twentieths of a point, with margins of 2.5 cm and header and footer at 1.25 cm. */
    private static final long A4_WIDTH = 11906;
    private static final long A4_HEIGHT = 16838;
    private static final long MARGIN = 1417;
    private static final long HEADER_DISTANCE = 709;

    private ReferenceDocument() {}

    /** The built-in reference: an empty A4 document with the built-in styles. */
    public static byte[] builtIn() {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFStyles styles = document.createStyles();
            styles.setStyles(defaultStyles());
            document.createNumbering();
            CTBody body = document.getDocument().getBody();
            CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
            CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
            size.setW(BigInteger.valueOf(A4_WIDTH));
            size.setH(BigInteger.valueOf(A4_HEIGHT));
            size.setOrient(STPageOrientation.PORTRAIT);
            CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(MARGIN));
            margins.setBottom(BigInteger.valueOf(MARGIN));
            margins.setLeft(BigInteger.valueOf(MARGIN));
            margins.setRight(BigInteger.valueOf(MARGIN));
            margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
            margins.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
            margins.setGutter(BigInteger.ZERO);
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A user's reference document: a new document on the built-in reference, with what a contract
     * takes from the user's one copied in (see {@link ReferenceParts}), completed with the built-in
     * styles it lacks.
     *
     * @throws IOException when the bytes are not a readable Word document
     * @throws TooLarge when the document is over one of the limits of {@link ReferenceParts}
     */
    public static byte[] fromUser(InputStream userDocument) throws IOException {
        byte[] bytes = ReferenceParts.read(userDocument);
        try (XWPFDocument user = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFDocument document = open(builtIn())) {
            ReferenceParts.copy(user, document);
            XWPFStyles styles = document.getStyles();
            CTStyles defaults = defaultStyles();
            if (!styles.getCtStyles().isSetDocDefaults()) {
                styles.getCtStyles().setDocDefaults(defaults.getDocDefaults());
            }
            addMissingStyles(styles, defaults);
            return bytes(document);
        }
    }

    /** A reference document over a limit; the message says which, and the caller names the file. */
    public static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /**
     * Copies in the built-in styles whose names the document lacks, in the built-in order (parents
     * first), re-pointing their parent and next-style references at the document's own ids.
     */
    static void addMissingStyles(XWPFStyles styles, CTStyles defaults) {
        Map<String, String> idsByName = new HashMap<>();
        Set<String> usedIds = new HashSet<>();
        for (CTStyle style : styles.getCtStyles().getStyleArray()) {
            usedIds.add(style.getStyleId());
            if (style.isSetName()) {
                idsByName.putIfAbsent(StyleRole.key(style.getName().getVal()), style.getStyleId());
            }
        }
        Map<String, String> targetIdByDefaultId = new HashMap<>();
        for (CTStyle defaultStyle : defaults.getStyleArray()) {
            String name = StyleRole.key(defaultStyle.getName().getVal());
            String existing = idsByName.get(name);
            if (existing != null) {
                targetIdByDefaultId.put(defaultStyle.getStyleId(), existing);
                continue;
            }
            CTStyle copy = (CTStyle) defaultStyle.copy();
            String id = defaultStyle.getStyleId();
            for (int suffix = 2; usedIds.contains(id); suffix++) {
                id = defaultStyle.getStyleId() + suffix;
            }
            copy.setStyleId(id);
            if (isDefault(copy) && hasDefaultOfType(styles.getCtStyles(), copy)) {
                copy.unsetDefault();
            }
            targetIdByDefaultId.put(defaultStyle.getStyleId(), id);
            usedIds.add(id);
            idsByName.put(name, id);
            repoint(copy.getBasedOn(), targetIdByDefaultId);
            repoint(copy.getNext(), targetIdByDefaultId);
            repoint(copy.getLink(), targetIdByDefaultId);
            styles.addStyle(new XWPFStyle(copy, styles));
        }
    }

    private static boolean hasDefaultOfType(CTStyles styles, CTStyle candidate) {
        for (CTStyle style : styles.getStyleArray()) {
            if (isDefault(style) && style.getType() == candidate.getType()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDefault(CTStyle style) {
        if (!style.isSetDefault()) {
            return false;
        }
        Object value = style.getDefault();
        return Boolean.TRUE.equals(value) || "1".equals(value) || "true".equals(value) || "on".equals(value);
    }

    private static void repoint(CTString reference, Map<String, String> targetIdByDefaultId) {
        if (reference != null && targetIdByDefaultId.containsKey(reference.getVal())) {
            reference.setVal(targetIdByDefaultId.get(reference.getVal()));
        }
    }

    static CTStyles defaultStyles() {
        try (InputStream in = ReferenceDocument.class.getResourceAsStream(DEFAULT_STYLES)) {
            if (in == null) {
                throw new IllegalStateException("the built-in styles are missing from the library: " + DEFAULT_STYLES);
            }
            return StylesDocument.Factory.parse(in).getStyles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("the built-in styles cannot be read", e);
        }
    }

    private static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }

    /** Opens prepared reference bytes as a document to render into. */
    public static XWPFDocument open(byte[] prepared) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(prepared));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package no.samspill.internal.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.main.ThemeDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFont;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

/**
 * What a contract takes from a user's reference document, and the limits on it.
 *
 * <p>A reference is copied into every contract made with it, so it is read as untrusted: the
 * contract gets a new package (the built-in reference, with the plain document content type) into
 * which only the styles, numbering definitions, theme, font table, settings and page setup of the
 * user's document are copied, each stripped of anything that points at another part or outside
 * the package. So a {@code .dotx} gives a document, not a template; a {@code .docm} or
 * {@code .dotm} brings no {@code vbaProject.bin}; an {@code attachedTemplate} on a server is not
 * kept; the reference's headers, footers, body, comments, custom XML and properties stay behind
 * (the contract writes its own header and footer). Pictures in bullets, embedded fonts and a
 * theme that refers to pictures are dropped with the parts they would need.
 *
 * <p>The limits are checked on the zip before anything parses it: the whole file, each part
 * uncompressed (counted as it is inflated, not as the zip claims) and the style count, so that
 * a hostile file costs a scan, not the seconds and the gigabyte a parse would.
 */
final class ReferenceParts {

    static final int MAX_FILE_BYTES = 25 << 20;
    static final int MAX_PART_BYTES = 25 << 20;
    static final long MAX_TOTAL_BYTES = 100L << 20;
    static final int MAX_PARTS = 1000;
    static final int MAX_STYLES = 10_000;

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private ReferenceParts() {}

    /** The bytes of the reference, checked against the limits. */
    static byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ReferenceDocument.TooLarge("is larger than " + (MAX_FILE_BYTES >> 20)
                    + " MB; a reference document needs its styles, not its content: save an empty document with them");
        }
        checkParts(bytes);
        return bytes;
    }

    private static void checkParts(byte[] zip) throws IOException {
        int parts = 0;
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++parts > MAX_PARTS) {
                    throw new ReferenceDocument.TooLarge("has more than " + MAX_PARTS + " parts");
                }
                ByteArrayOutputStream part = new ByteArrayOutputStream();
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    total += n;
                    if (part.size() + n > MAX_PART_BYTES) {
                        throw new ReferenceDocument.TooLarge("has a part larger than " + (MAX_PART_BYTES >> 20)
                                + " MB uncompressed (" + entry.getName() + ")");
                    }
                    if (total > MAX_TOTAL_BYTES) {
                        throw new ReferenceDocument.TooLarge("is larger than " + (MAX_TOTAL_BYTES >> 20) + " MB uncompressed");
                    }
                    part.write(buffer, 0, n);
                }
                if (entry.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) {
                    countStyles(part.toByteArray(), entry.getName());
                }
            }
        }
    }

    /**
     * Counts the style definitions of a part as a stream, whatever the part is called: a styles
     * part of 100,000 styles took 11.5 s and 940 MB to parse. Parts that are not XML are left to
     * the parse that follows to refuse.
     */
    private static void countStyles(byte[] xml, String name) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        int styles = 0;
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("style")
                            && W.equals(reader.getNamespaceURI()) && ++styles > MAX_STYLES) {
                        throw new ReferenceDocument.TooLarge("has more than " + MAX_STYLES + " styles (in " + name
                                + "); a contract uses some thirty: delete the styles nobody uses");
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            // Not well-formed: POI refuses it in its own words when it opens the document.
        }
    }

    /** Copies what a contract takes from the user's document into the new one. */
    static void copy(XWPFDocument user, XWPFDocument document) throws IOException {
        if (user.getStyles() != null) {
            document.getStyles().setStyles(withoutReferences((org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles) user.getStyles().getCtStyles().copy()));
        }
        copyNumbering(user, document);
        copyTheme(user, document);
        copyFontTable(user, document);
        copySettings(user, document);
        copyPageSetup(user, document);
    }

    private static void copyNumbering(XWPFDocument user, XWPFDocument document) throws IOException {
        if (user.getNumbering() == null) {
            return;
        }
        CTNumbering numbering;
        try (InputStream in = user.getNumbering().getPackagePart().getInputStream()) {
            numbering = NumberingDocument.Factory.parse(in).getNumbering();
        } catch (XmlException e) {
            throw new IOException("the numbering definitions cannot be read: " + e.getMessage(), e);
        }
        // Picture bullets are pictures in other parts.
        for (int i = numbering.sizeOfNumPicBulletArray() - 1; i >= 0; i--) {
            numbering.removeNumPicBullet(i);
        }
        for (CTAbstractNum abstractNum : numbering.getAbstractNumArray()) {
            for (CTLvl level : abstractNum.getLvlArray()) {
                if (level.isSetLvlPicBulletId()) {
                    level.unsetLvlPicBulletId();
                }
            }
        }
        for (CTNum num : numbering.getNumArray()) {
            for (CTNumLvl override : num.getLvlOverrideArray()) {
                if (override.isSetLvl() && override.getLvl().isSetLvlPicBulletId()) {
                    override.getLvl().unsetLvlPicBulletId();
                }
            }
        }
        document.getNumbering().setNumbering(withoutReferences(numbering));
    }

    private static void copyTheme(XWPFDocument user, XWPFDocument document) throws IOException {
        PackagePart theme = related(user, XWPFRelation.THEME.getRelation());
        // A theme with relationships fills something with a picture; the built-in look stands in.
        if (theme == null || hasRelationships(theme)) {
            return;
        }
        try (InputStream in = theme.getInputStream()) {
            document.createTheme().setTheme(ThemeDocument.Factory.parse(in).getTheme());
        } catch (XmlException e) {
            throw new IOException("the theme cannot be read: " + e.getMessage(), e);
        }
    }

    private static void copyFontTable(XWPFDocument user, XWPFDocument document) throws IOException {
        PackagePart fonts = related(user, XWPFRelation.FONT_TABLE.getRelation());
        if (fonts == null) {
            return;
        }
        FontsDocument table;
        try (InputStream in = fonts.getInputStream()) {
            table = FontsDocument.Factory.parse(in);
        } catch (XmlException e) {
            throw new IOException("the font table cannot be read: " + e.getMessage(), e);
        }
        // Embedded fonts are font files in other parts; the names and fallbacks are what matter.
        for (CTFont font : table.getFonts().getFontArray()) {
            removeChildren(font, "embedRegular", "embedBold", "embedItalic", "embedBoldItalic");
        }
        withoutReferences(table.getFonts());
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = document.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
            try (OutputStream out = part.getOutputStream()) {
                table.save(out);
            }
            document.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /**
     * The user's settings, without what ties the document to something else: the attached
     * template (often on a server, and asked to update the styles from it), a mail merge's data
     * source, XSLT and schema attachments, document variables (a macro's data), and footnote
     * settings for separators the contract does not have.
     */
    private static void copySettings(XWPFDocument user, XWPFDocument document) {
        if (user.getSettings() == null) {
            return;
        }
        CTSettings settings = (CTSettings) user.getSettings().getCTSettings().copy();
        removeChildren(settings, "attachedTemplate", "linkStyles", "mailMerge", "saveThroughXslt", "attachedSchema",
                "docVars", "footnotePr", "endnotePr");
        document.getSettings().getCTSettings().set(withoutReferences(settings));
    }

    /** The page size, margins and columns of the user's last section, without its headers and footers. */
    private static void copyPageSetup(XWPFDocument user, XWPFDocument document) {
        CTBody body = user.getDocument().getBody();
        if (body == null || !body.isSetSectPr()) {
            return;
        }
        CTSectPr section = (CTSectPr) body.getSectPr().copy();
        for (int i = section.sizeOfHeaderReferenceArray() - 1; i >= 0; i--) {
            section.removeHeaderReference(i);
        }
        for (int i = section.sizeOfFooterReferenceArray() - 1; i >= 0; i--) {
            section.removeFooterReference(i);
        }
        document.getDocument().getBody().getSectPr().set(withoutReferences(section));
    }

    /** Removes every child element of {@code parent} with one of these WordprocessingML names. */
    private static void removeChildren(XmlObject parent, String... localNames) {
        for (String localName : localNames) {
            for (XmlObject child : parent.selectChildren(new javax.xml.namespace.QName(W, localName))) {
                try (XmlCursor cursor = child.newCursor()) {
                    cursor.removeXml();
                }
            }
        }
    }

    private static PackagePart related(XWPFDocument user, String relationshipType) throws IOException {
        try {
            for (PackageRelationship relationship : user.getPackagePart().getRelationshipsByType(relationshipType)) {
                if (relationship.getTargetMode() == TargetMode.INTERNAL) {
                    return user.getPackagePart().getRelatedPart(relationship);
                }
            }
            return null;
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static boolean hasRelationships(PackagePart part) throws IOException {
        try {
            return part.getRelationships().size() > 0;
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /**
     * Removes every element that refers to a relationship ({@code r:id}, {@code r:embed}...):
     * the copy is written into another package, where those relationships do not exist.
     */
    static <T extends XmlObject> T withoutReferences(T xml) {
        List<XmlObject> referring = new ArrayList<>();
        try (XmlCursor cursor = xml.newCursor()) {
            while (cursor.hasNextToken()) {
                XmlCursor.TokenType token = cursor.toNextToken();
                if (token.isAttr() && R.equals(cursor.getName().getNamespaceURI())) {
                    try (XmlCursor owner = cursor.newCursor()) {
                        owner.toParent();
                        referring.add(owner.getObject());
                    }
                }
            }
        }
        for (XmlObject element : referring) {
            try (XmlCursor cursor = element.newCursor()) {
                cursor.removeXml();
            }
        }
        return xml;
    }
}

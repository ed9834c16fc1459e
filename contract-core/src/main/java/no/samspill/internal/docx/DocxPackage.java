package no.samspill.internal.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import no.samspill.doc.Document;
import no.samspill.doc.DocumentInfo;
import no.samspill.doc.ParallelDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** One render: open the prepared reference, write the tree (or the two editions) into it, make the bytes reproducible. */
public final class DocxPackage {

    private DocxPackage() {}

    /** The .docx bytes of a numbered, resolved document on the prepared reference. */
    public static byte[] render(byte[] preparedReference, Document resolved) {
        try (XWPFDocument document = ReferenceDocument.open(preparedReference)) {
            DocxWriter.write(document, resolved);
            return bytes(document, resolved.info());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The .docx bytes of two numbered, resolved editions side by side, on the prepared reference. */
    public static byte[] render(byte[] preparedReference, ParallelDocument resolved) {
        try (XWPFDocument document = ReferenceDocument.open(preparedReference)) {
            ParallelWriter.write(document, resolved);
            return bytes(document, resolved.info());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(XWPFDocument document, DocumentInfo info) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return DeterministicZip.rewrite(out.toByteArray(), DocumentProperties.timestampOf(info));
    }
}

package no.samspill.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import no.samspill.ContractException;
import no.samspill.doc.CrossReferenceException;
import no.samspill.doc.Document;
import no.samspill.doc.DocumentPasses;
import no.samspill.doc.ParallelDocument;
import no.samspill.internal.doc.StackGuard;
import no.samspill.internal.docx.DocxPackage;
import no.samspill.internal.docx.ReferenceDocument;

/**
 * Renders a document as a Word file (.docx).
 *
 * <p>Styles, numbering definitions and page setup come from a reference document, as with
 * pandoc's {@code --reference-doc}: the built-in one (A4, 2.5 cm margins, Calibri) or the
 * user's own {@code .docx}, whose body is dropped. Styles are found by name ("heading 1",
 * "Title", "Body Text", "Table Grid", "toc 1", "header", "footer", "Part Heading", "Appendix
 * Heading"...), so a reference saved by a localized Word works; any the user's document lacks
 * are taken from the built-in reference.
 *
 * <p>The result is a real Word document: headings numbered by Word's own multi-level list bound
 * to the heading styles, cross-references as bookmarks and REF fields, a TOC field, "Side X av Y"
 * in the footer, a draft marked on every page, repeating table header rows. Fields carry the
 * numbers computed from the tree as their results, and Word is asked to update them on opening.
 *
 * <p>Output is deterministic: the same tree and reference give the same bytes (timestamps are the
 * document date, or 2000-01-01). A renderer is immutable and thread-safe; build it once. The
 * numbering and cross-reference passes are run on the way in, so a tree can be given numbered or
 * not.
 */
public final class DocxRenderer {

    private final byte[] preparedReference;

    private DocxRenderer(byte[] preparedReference) {
        this.preparedReference = preparedReference;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A renderer on the built-in reference document. */
    public static DocxRenderer withBuiltInStyles() {
        return builder().build();
    }

    /**
     * The document as .docx bytes.
     *
     * @throws CrossReferenceException when a cross-reference cannot be resolved
     */
    public byte[] render(Document document) {
        Objects.requireNonNull(document, "document must not be null");
        return StackGuard.call("writing the DOCX", () -> DocxPackage.render(preparedReference, DocumentPasses.apply(document)));
    }

    /**
     * Writes the document as .docx to {@code out}, which is left open.
     *
     * @throws CrossReferenceException when a cross-reference cannot be resolved
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    public void render(Document document, OutputStream out) {
        byte[] bytes = render(document);
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Two editions of the contract side by side, as .docx bytes: one document whose body is two
     * columns kept level clause by clause (borderless tables, one row per heading and per block),
     * the left edition in the left column. Each column has its own live Word numbering, showing the
     * same numbers, and its own bookmarks, so that its cross-references lead to its own headings;
     * the table of contents lists each clause once, by the left heading. There is one cover, with
     * both titles and each fact once under the labels of both editions ("Kunde / Customer"), and
     * one signature block, whose labels and values are given in both editions where they differ.
     * Header, footer and document properties come from {@link ParallelDocument#info()}.
     *
     * @throws CrossReferenceException when a cross-reference of either edition cannot be resolved
     */
    public byte[] render(ParallelDocument document) {
        Objects.requireNonNull(document, "document must not be null");
        return StackGuard.call("writing the DOCX", () -> DocxPackage.render(preparedReference,
                new ParallelDocument(document.info(), DocumentPasses.apply(document.left()),
                        DocumentPasses.apply(document.right()))));
    }

    /**
     * Writes two editions side by side as .docx to {@code out}, which is left open; see
     * {@link #render(ParallelDocument)}.
     *
     * @throws CrossReferenceException when a cross-reference of either edition cannot be resolved
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    public void render(ParallelDocument document, OutputStream out) {
        byte[] bytes = render(document);
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a {@link DocxRenderer}. Not thread-safe; the renderer it builds is. */
    public static final class Builder {
        private Path reference;

        private Builder() {}

        /**
         * A .docx (or .dotx, .docm...) whose styles, numbering, theme, fonts, settings and page
         * setup replace the built-in ones. Nothing else of it reaches a contract: not its content,
         * headers, footers or macros, nor its attached template; the output is always a plain
         * document.
         */
        public Builder reference(Path referenceDocument) {
            this.reference = Objects.requireNonNull(referenceDocument, "referenceDocument");
            return this;
        }

        /**
         * Reads and prepares the reference document.
         *
         * @throws ContractException when the reference document cannot be read as a Word document,
         *     or is over a limit: 25 MB, 25 MB uncompressed for one part, 100 MB in all, 10,000 styles
         */
        public DocxRenderer build() {
            if (reference == null) {
                return new DocxRenderer(ReferenceDocument.builtIn());
            }
            try (InputStream in = Files.newInputStream(reference)) {
                return new DocxRenderer(ReferenceDocument.fromUser(in));
            } catch (ReferenceDocument.TooLarge e) {
                throw new ContractException("The reference document " + reference + " " + e.getMessage() + ".", e);
            } catch (IOException | RuntimeException e) {
                throw new ContractException("The reference document " + reference
                        + " could not be read as a Word document (.docx): " + e.getMessage(), e);
            }
        }
    }
}

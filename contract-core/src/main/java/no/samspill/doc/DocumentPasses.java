package no.samspill.doc;

import no.samspill.internal.doc.CrossReferencePass;
import no.samspill.internal.doc.NumberingPass;

/**
 * The passes that complete a document tree written by templates: numbering, then
 * cross-references. Both return a new tree and may be run again on their own output with the
 * same result, so a renderer can run them on a tree that was already numbered.
 *
 * <ul>
 *   <li>Parts get labels "Del I", "Del II" (nb) or "Part I", "Part II" (en).
 *   <li>Sections get numbers 1, 1.1, 1.1.1, counted across the whole document: numbering
 *       continues from one part to the next. Sections inside an appendix are counted within that
 *       appendix, starting again at 1.
 *   <li>Appendices get their own numbers 1, 2, 3; the word "Vedlegg"/"Appendix" is added by
 *       the renderers, not stored in the number.
 *   <li>A cross-reference gets the bare number of its target: "4.2" for a section, "2" for an
 *       appendix (the template writes "vedlegg" or "appendix" before it, so the word can follow
 *       the grammar of the sentence), and the label for a part ("Del II").
 * </ul>
 */
public final class DocumentPasses {

    private DocumentPasses() {}

    /**
     * Numbers the document and resolves its cross-references.
     *
     * @throws CrossReferenceException when a cross-reference points at an unknown anchor, or an
     *     anchor is used twice
     */
    public static Document apply(Document document) {
        return resolveCrossReferences(number(document));
    }

    /** Labels the parts and numbers the sections and appendices. */
    public static Document number(Document document) {
        return NumberingPass.apply(document);
    }

    /**
     * Fills every cross-reference with the number of its target; the tree must be numbered.
     *
     * @throws CrossReferenceException when a cross-reference points at an unknown anchor, or an
     *     anchor is used twice
     */
    public static Document resolveCrossReferences(Document numberedDocument) {
        return CrossReferencePass.apply(numberedDocument);
    }
}

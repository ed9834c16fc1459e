package no.samspill.doc;

import java.util.List;
import java.util.Objects;
import no.samspill.internal.doc.ShapeDifferences;

/**
 * Two editions of one contract, to be printed side by side: the same clauses in two languages,
 * numbered and with their cross-references resolved, that have the same shape (see
 * {@link #differences}), so that every heading, paragraph, list and table of one has its
 * counterpart in the other. The left edition is the prevailing language: its headings make the
 * table of contents, and its values come first where the two are merged into one (the cover, the
 * signatures).
 *
 * <p>The renderers run the numbering and cross-reference passes on both editions on the way in,
 * as they do for a {@link Document}; as those passes number by shape, editions of the same shape
 * get the same numbers.
 *
 * @param info the header, footer and document properties of the whole document
 * @param left the prevailing edition, printed in the left column
 * @param right the other edition, printed in the right column
 */
public record ParallelDocument(DocumentInfo info, Document left, Document right) {

    /** @throws IllegalArgumentException when the editions differ in shape; the message lists how */
    public ParallelDocument {
        Objects.requireNonNull(info, "info must not be null");
        Objects.requireNonNull(left, "left must not be null");
        Objects.requireNonNull(right, "right must not be null");
        List<String> differences = differences(left, right);
        if (!differences.isEmpty()) {
            throw new IllegalArgumentException("The two editions cannot be printed side by side, because they differ in shape:\n"
                    + String.join("\n", differences));
        }
    }

    /**
     * How the shapes of two editions differ; empty when they have the same shape. Two trees have
     * the same shape when they have the same sequence of block kinds at every level: parts,
     * sections and appendices with the same anchors and numbers, paragraphs, bullet and numbered
     * lists with the same number of items (each of the same shape), tables with as many rows and
     * columns, cover pages, tables of contents, signature blocks with as many signatories, and page
     * breaks; and every paragraph, heading and table cell refers to the same anchors in the same
     * order. The words may differ: that is what a second language does.
     *
     * <p>Each difference is one line that says where it is, by the number and title of the section
     * (or part or appendix) in the left edition, for example {@code section 4.2 "Beslutninger":
     * paragraph 3 is a table in the right edition}. Blocks are counted by kind within their section
     * ("paragraph 3" is its third paragraph), from 1. Where one edition has blocks the other lacks,
     * the difference is reported once, not at every block after it.
     */
    public static List<String> differences(Document left, Document right) {
        Objects.requireNonNull(left, "left must not be null");
        Objects.requireNonNull(right, "right must not be null");
        return ShapeDifferences.between(left, right);
    }
}

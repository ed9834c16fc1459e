package no.samspill.render;

import java.util.ArrayList;
import java.util.List;
import no.samspill.doc.Appendix;
import no.samspill.doc.Block;
import no.samspill.doc.CrossReferenceException;
import no.samspill.doc.Document;
import no.samspill.doc.ParallelDocument;
import no.samspill.doc.Part;
import no.samspill.doc.Section;
import no.samspill.internal.doc.StackGuard;
import no.samspill.doc.DocumentPasses;
import no.samspill.internal.doc.Labels;
import no.samspill.internal.text.TextBlocks;

/**
 * Renders a document as plain text with the same numbers as the DOCX: for golden snapshots,
 * diffs between versions and quick previews.
 *
 * <p>The layout is fixed so that output is byte-for-byte stable: lines end with {@code \n};
 * paragraphs are wrapped at 80 columns; parts and appendices are underlined with {@code =};
 * sections read {@code 2.1  Title}; lists use {@code - } and {@code 1. }; tables are pipe tables
 * with aligned columns; the table of contents is one placeholder line such as
 * {@code [Innholdsfortegnelse]}; a draft starts with the line {@code UTKAST} or {@code DRAFT}.
 * Emphasis is written {@code _so_}, strong text and definitions of terms {@code **so**}.
 *
 * <p>Immutable and thread-safe. The numbering and cross-reference passes are run on the way in,
 * so a tree can be given numbered or not.
 */
public final class TextRenderer {

    /** The width paragraphs are wrapped at. */
    public static final int WIDTH = 80;

    public TextRenderer() {}

    /**
     * The document as text, ending with a newline.
     *
     * @throws CrossReferenceException when a cross-reference cannot be resolved
     */
    public String render(Document document) {
        return StackGuard.call("writing the text", () -> {
            Document numbered = DocumentPasses.apply(document);
            List<String> lines = new TextBlocks(Labels.forLanguage(numbered.info().language()), WIDTH).visit(numbered);
            return String.join("\n", lines) + "\n";
        });
    }

    /**
     * Two editions as text, in the order the DOCX sets them side by side: for each aligned pair
     * (a heading and its counterpart, a paragraph, list or table and its counterpart) the left
     * edition's lines, a blank line, then the right edition's, each laid out as {@link
     * #render(Document)} lays it out; two blank lines between one pair and the next. A section's
     * heading is a pair of its own, before the pairs of what it holds. A draft starts with the
     * document's draft line. Page breaks, which the text has no place for, are left out.
     *
     * @throws CrossReferenceException when a cross-reference of either edition cannot be resolved
     */
    public String render(ParallelDocument document) {
        return StackGuard.call("writing the text", () -> {
            Document left = DocumentPasses.apply(document.left());
            Document right = DocumentPasses.apply(document.right());
            TextBlocks leftText = new TextBlocks(Labels.forLanguage(left.info().language()), WIDTH);
            TextBlocks rightText = new TextBlocks(Labels.forLanguage(right.info().language()), WIDTH);
            List<String> lines = new ArrayList<>();
            if (document.info().draft()) {
                lines.add(Labels.forLanguage(document.info().language()).draft());
            }
            pairs(left.blocks(), right.blocks(), leftText, rightText, lines);
            return String.join("\n", lines) + "\n";
        });
    }

    private static void pairs(List<Block> left, List<Block> right, TextBlocks leftText, TextBlocks rightText,
            List<String> lines) {
        for (int i = 0; i < left.size(); i++) {
            Block one = left.get(i);
            Block other = right.get(i);
            pair(headingOf(one).accept(leftText), headingOf(other).accept(rightText), lines);
            if (one instanceof Part part) {
                pairs(part.blocks(), ((Part) other).blocks(), leftText, rightText, lines);
            } else if (one instanceof Section section) {
                pairs(section.blocks(), ((Section) other).blocks(), leftText, rightText, lines);
            } else if (one instanceof Appendix appendix) {
                pairs(appendix.blocks(), ((Appendix) other).blocks(), leftText, rightText, lines);
            }
        }
    }

    /** A part, section or appendix without what it holds, which comes in pairs of its own; any other block as it is. */
    private static Block headingOf(Block block) {
        if (block instanceof Part part) {
            return part.withLabel(part.label(), List.of());
        } else if (block instanceof Section section) {
            return section.withNumber(section.number(), List.of());
        } else if (block instanceof Appendix appendix) {
            return appendix.withNumber(appendix.number(), List.of());
        }
        return block;
    }

    private static void pair(List<String> left, List<String> right, List<String> lines) {
        if (left.isEmpty() && right.isEmpty()) {
            return;
        }
        if (!lines.isEmpty()) {
            lines.add("");
            lines.add("");
        }
        lines.addAll(left);
        if (!left.isEmpty() && !right.isEmpty()) {
            lines.add("");
        }
        lines.addAll(right);
    }
}

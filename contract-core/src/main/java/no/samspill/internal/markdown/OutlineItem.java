package no.samspill.internal.markdown;

import java.util.List;
import no.samspill.doc.Block;
import no.samspill.doc.Inline;

/**
 * One item of a flat outline, as Markdown writes it: a heading, or a block under the latest
 * heading. {@link Outline#nest} turns the flat items into parts, sections and appendices.
 */
public sealed interface OutlineItem {

    /**
     * A heading.
     *
     * @param rank 1 for {@code #} (a part, or an appendix), 2 for {@code ##} (a section), and so on
     * @param appendix whether a rank-1 heading opens an appendix rather than a part
     * @param anchor the anchor from the attribute block, or null
     * @param line the 1-based line in the Markdown text
     */
    record Heading(int rank, boolean appendix, String anchor, List<Inline> title, int line) implements OutlineItem {
        public Heading {
            title = List.copyOf(title);
        }
    }

    /** A block of content. */
    record Content(Block block) implements OutlineItem {}
}

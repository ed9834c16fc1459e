package no.samspill.internal.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import no.samspill.doc.Appendix;
import no.samspill.doc.Block;
import no.samspill.doc.CoverPage;
import no.samspill.doc.Inline;
import no.samspill.doc.Part;
import no.samspill.doc.Section;
import no.samspill.doc.PageBreak;
import no.samspill.doc.Paragraph;
import no.samspill.doc.SignatureBlock;
import no.samspill.doc.TableOfContents;

/**
 * Nests a flat outline: the blocks after a heading belong to its part, section or appendix
 * until the next heading of the same or a higher rank.
 *
 * <p>The cover page, the table of contents and the signature block belong to the document
 * itself: they close whatever part or section is open and stand at the top level.
 */
public final class Outline {

    private Outline() {}

    public static List<Block> nest(List<OutlineItem> items) {
        Deque<OpenContainer> open = new ArrayDeque<>();
        List<Block> root = new ArrayList<>();
        for (OutlineItem item : items) {
            if (item instanceof OutlineItem.Heading) {
                OutlineItem.Heading heading = (OutlineItem.Heading) item;
                while (!open.isEmpty() && open.peek().heading.rank() >= heading.rank()) {
                    close(open, root);
                }
                open.push(new OpenContainer(heading));
            } else {
                Block block = ((OutlineItem.Content) item).block();
                if (belongsToDocument(block)) {
                    // A page break written just before the signatures (or the contents) is theirs,
                    // not the last section's, and so are the paragraphs between it and them (an
                    // attestation above the signatures): they move out with them.
                    List<Block> innermost = open.isEmpty() ? root : open.peek().blocks;
                    int lead = innermost.size();
                    while (lead > 0 && innermost.get(lead - 1) instanceof Paragraph) {
                        lead--;
                    }
                    boolean pageBreakFirst = lead > 0 && innermost.get(lead - 1) instanceof PageBreak;
                    List<Block> carried = new ArrayList<>();
                    if (pageBreakFirst && !open.isEmpty()) {
                        List<Block> tail = innermost.subList(lead - 1, innermost.size());
                        carried.addAll(tail);
                        tail.clear();
                    }
                    while (!open.isEmpty()) {
                        close(open, root);
                    }
                    root.addAll(carried);
                }
                (open.isEmpty() ? root : open.peek().blocks).add(block);
            }
        }
        while (!open.isEmpty()) {
            close(open, root);
        }
        return List.copyOf(root);
    }

    private static boolean belongsToDocument(Block block) {
        return block instanceof CoverPage || block instanceof TableOfContents || block instanceof SignatureBlock;
    }

    private static void close(Deque<OpenContainer> open, List<Block> root) {
        OpenContainer closing = open.pop();
        Block built = closing.build();
        (open.isEmpty() ? root : open.peek().blocks).add(built);
    }

    private static final class OpenContainer {
        final OutlineItem.Heading heading;
        final List<Block> blocks = new ArrayList<>();

        OpenContainer(OutlineItem.Heading heading) {
            this.heading = heading;
        }

        Block build() {
            List<Inline> title = heading.title();
            if (heading.rank() == 1) {
                return heading.appendix()
                        ? new Appendix(heading.anchor(), title, blocks, null)
                        : new Part(heading.anchor(), title, blocks, null);
            }
            return new Section(heading.anchor(), title, blocks, null);
        }
    }
}

package no.samspill.internal.templates;

import java.util.List;
import java.util.function.Consumer;
import no.samspill.doc.Appendix;
import no.samspill.doc.Block;
import no.samspill.doc.BulletList;
import no.samspill.doc.CrossReference;
import no.samspill.doc.Emphasis;
import no.samspill.doc.Inline;
import no.samspill.doc.Link;
import no.samspill.doc.OrderedList;
import no.samspill.doc.Paragraph;
import no.samspill.doc.Part;
import no.samspill.doc.Section;
import no.samspill.doc.Strong;
import no.samspill.doc.Table;

/** Finds the cross-references in blocks and inlines, to check their anchors before numbering. */
final class TreeWalk {
    private TreeWalk() {}

    static void crossReferences(Block block, Consumer<String> anchors) {
        if (block instanceof Paragraph) {
            crossReferences(((Paragraph) block).inlines(), anchors);
        } else if (block instanceof BulletList) {
            ((BulletList) block).items().forEach(i -> i.blocks().forEach(b -> crossReferences(b, anchors)));
        } else if (block instanceof OrderedList) {
            ((OrderedList) block).items().forEach(i -> i.blocks().forEach(b -> crossReferences(b, anchors)));
        } else if (block instanceof Table) {
            ((Table) block).rows().forEach(r -> r.cells().forEach(c -> crossReferences(c.inlines(), anchors)));
        } else if (block instanceof Section) {
            crossReferences(((Section) block).title(), anchors);
            ((Section) block).blocks().forEach(b -> crossReferences(b, anchors));
        } else if (block instanceof Part) {
            crossReferences(((Part) block).title(), anchors);
            ((Part) block).blocks().forEach(b -> crossReferences(b, anchors));
        } else if (block instanceof Appendix) {
            crossReferences(((Appendix) block).title(), anchors);
            ((Appendix) block).blocks().forEach(b -> crossReferences(b, anchors));
        }
    }

    static void crossReferences(List<Inline> inlines, Consumer<String> anchors) {
        for (Inline inline : inlines) {
            if (inline instanceof CrossReference) {
                anchors.accept(((CrossReference) inline).anchor());
            } else if (inline instanceof Emphasis) {
                crossReferences(((Emphasis) inline).inlines(), anchors);
            } else if (inline instanceof Strong) {
                crossReferences(((Strong) inline).inlines(), anchors);
            } else if (inline instanceof Link) {
                crossReferences(((Link) inline).inlines(), anchors);
            }
        }
    }
}

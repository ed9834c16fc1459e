package no.samspill.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import no.samspill.doc.Appendix;
import no.samspill.doc.Block;
import no.samspill.doc.BulletList;
import no.samspill.doc.CrossReference;
import no.samspill.doc.DefinedTerm;
import no.samspill.doc.Emphasis;
import no.samspill.doc.Inline;
import no.samspill.doc.LineBreak;
import no.samspill.doc.Link;
import no.samspill.doc.OrderedList;
import no.samspill.doc.Paragraph;
import no.samspill.doc.Part;
import no.samspill.doc.Section;
import no.samspill.doc.Strong;
import no.samspill.doc.Table;
import no.samspill.doc.Text;

/** Looking things up in a document tree, for assertions. */
final class Trees {
    private Trees() {}

    /** Every block, depth first, containers before their content. */
    static List<Block> allBlocks(List<Block> blocks) {
        List<Block> all = new ArrayList<>();
        for (Block block : blocks) {
            all.add(block);
            if (block instanceof Part) {
                all.addAll(allBlocks(((Part) block).blocks()));
            } else if (block instanceof Section) {
                all.addAll(allBlocks(((Section) block).blocks()));
            } else if (block instanceof Appendix) {
                all.addAll(allBlocks(((Appendix) block).blocks()));
            } else if (block instanceof BulletList) {
                ((BulletList) block).items().forEach(i -> all.addAll(allBlocks(i.blocks())));
            } else if (block instanceof OrderedList) {
                ((OrderedList) block).items().forEach(i -> all.addAll(allBlocks(i.blocks())));
            }
        }
        return all;
    }

    static <T extends Block> List<T> blocksOf(List<Block> blocks, Class<T> type) {
        return allBlocks(blocks).stream().filter(type::isInstance).map(type::cast).toList();
    }

    static Section section(List<Block> blocks, Predicate<Section> which) {
        return blocksOf(blocks, Section.class).stream().filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("no such section"));
    }

    static Section sectionWithAnchor(List<Block> blocks, String anchor) {
        return section(blocks, s -> anchor.equals(s.anchor()));
    }

    static Section sectionTitled(List<Block> blocks, String title) {
        return section(blocks, s -> title.equals(text(s.title())));
    }

    /** The printed text of inlines; a defined term prints as its term, a cross-reference as §anchor. */
    static String text(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Text) {
                out.append(((Text) inline).text());
            } else if (inline instanceof Emphasis) {
                out.append(text(((Emphasis) inline).inlines()));
            } else if (inline instanceof Strong) {
                out.append(text(((Strong) inline).inlines()));
            } else if (inline instanceof Link) {
                out.append(text(((Link) inline).inlines()));
            } else if (inline instanceof DefinedTerm) {
                out.append(((DefinedTerm) inline).term());
            } else if (inline instanceof CrossReference) {
                out.append('§').append(((CrossReference) inline).anchor());
            } else if (inline instanceof LineBreak) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The texts of the paragraphs among the blocks, at any depth. */
    static List<String> paragraphTexts(List<Block> blocks) {
        return blocksOf(blocks, Paragraph.class).stream().map(p -> text(p.inlines())).toList();
    }

    static List<List<String>> cells(Table table) {
        return table.rows().stream().map(r -> r.cells().stream().map(c -> text(c.inlines())).toList()).toList();
    }
}

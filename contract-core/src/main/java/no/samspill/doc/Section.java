package no.samspill.doc;

import java.util.List;

/**
 * A numbered section (clause). Its level is its depth: a section inside a section is one level down.
 *
 * @param anchor the id cross-references point at; null when nothing refers to it
 * @param number the number computed by the numbering pass, for example "4.2"; null before it
 */
public record Section(String anchor, List<Inline> title, List<Block> blocks, String number) implements Block {

    public Section {
        title = List.copyOf(title);
        blocks = List.copyOf(blocks);
    }

    public Section withNumber(String newNumber, List<Block> newBlocks) {
        return new Section(anchor, title, newBlocks, newNumber);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}

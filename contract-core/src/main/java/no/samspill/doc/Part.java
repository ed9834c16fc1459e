package no.samspill.doc;

import java.util.List;

/**
 * A part of the contract (Part I, II, III): an unnumbered grouping of numbered sections.
 *
 * @param label the label computed by the numbering pass, for example "Del I"; null before it
 */
public record Part(String anchor, List<Inline> title, List<Block> blocks, String label) implements Block {

    public Part {
        title = List.copyOf(title);
        blocks = List.copyOf(blocks);
    }

    public Part withLabel(String newLabel, List<Block> newBlocks) {
        return new Part(anchor, title, newBlocks, newLabel);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}

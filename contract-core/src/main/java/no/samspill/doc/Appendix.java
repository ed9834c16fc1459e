package no.samspill.doc;

import java.util.List;

/**
 * An appendix: starts on a new page and is numbered on its own ("Vedlegg 1", "Appendix 1").
 *
 * @param number the number computed by the numbering pass, for example "1"; null before it
 */
public record Appendix(String anchor, List<Inline> title, List<Block> blocks, String number) implements Block {

    public Appendix {
        title = List.copyOf(title);
        blocks = List.copyOf(blocks);
    }

    public Appendix withNumber(String newNumber, List<Block> newBlocks) {
        return new Appendix(anchor, title, newBlocks, newNumber);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}

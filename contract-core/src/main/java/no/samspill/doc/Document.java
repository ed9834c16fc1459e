package no.samspill.doc;

import java.util.List;
import java.util.Objects;

/** A whole document: its properties and its blocks. */
public record Document(DocumentInfo info, List<Block> blocks) {

    public Document {
        Objects.requireNonNull(info, "info must not be null");
        blocks = List.copyOf(blocks);
    }

    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}

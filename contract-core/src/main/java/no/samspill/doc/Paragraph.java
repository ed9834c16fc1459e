package no.samspill.doc;

import java.util.List;

/** A paragraph of running text. */
public record Paragraph(List<Inline> inlines) implements Block {

    public Paragraph {
        inlines = List.copyOf(inlines);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}

package no.samspill.doc;

import java.util.List;

/** Strongly emphasised text (bold). */
public record Strong(List<Inline> inlines) implements Inline {

    public Strong {
        inlines = List.copyOf(inlines);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}

package no.samspill.doc;

import java.util.List;

/** Emphasised text (italic). */
public record Emphasis(List<Inline> inlines) implements Inline {

    public Emphasis {
        inlines = List.copyOf(inlines);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}

package no.samspill.doc;

import java.util.List;

/** A link to an {@code https:} or {@code mailto:} address. */
public record Link(String url, List<Inline> inlines) implements Inline {

    public Link {
        inlines = List.copyOf(inlines);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}

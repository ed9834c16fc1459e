package no.samspill.doc;

import java.util.List;

/** A table of contents of the parts, sections and appendices that follow. */
public record TableOfContents(List<Inline> title) implements Block {

    public TableOfContents {
        title = List.copyOf(title);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}

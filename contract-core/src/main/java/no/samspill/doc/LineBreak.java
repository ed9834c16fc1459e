package no.samspill.doc;

/** A line break inside a paragraph. */
public record LineBreak() implements Inline {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}

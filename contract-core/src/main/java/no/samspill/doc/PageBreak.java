package no.samspill.doc;

/** The next block starts on a new page. */
public record PageBreak() implements Block {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}

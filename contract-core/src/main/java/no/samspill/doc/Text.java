package no.samspill.doc;

/** Plain text, exactly as it is to be printed. */
public record Text(String text) implements Inline {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}

package no.samspill.doc;

/**
 * A reference to another section or appendix by its anchor.
 *
 * @param number the target's number, filled in by the cross-reference pass; null before it
 */
public record CrossReference(String anchor, String number) implements Inline {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}

package no.samspill.doc;

/**
 * A defined term of the contract, such as "Kunden" or "the Supplier".
 *
 * @param definition true where the term is defined (printed in bold), false where it is used
 */
public record DefinedTerm(String term, boolean definition) implements Inline {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}

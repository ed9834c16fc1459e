package no.samspill.doc;

import java.util.List;

/** The signatures: one column per party, with name, title, place and date lines. */
public record SignatureBlock(List<Signatory> signatories) implements Block {

    public SignatureBlock {
        signatories = List.copyOf(signatories);
    }

    /**
     * One party's signature column.
     *
     * @param role the party's defined term, for example "Kunden"
     * @param party the party's name
     * @param name the signatory's name; null leaves a blank line to fill in
     * @param title the signatory's title; may be null
     */
    public record Signatory(String role, String party, String name, String title) {}

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}

package no.samspill.doc;

/** A node of the document tree. */
public sealed interface Node permits Block, Inline {
    <R> R accept(Visitor<R> visitor);
}

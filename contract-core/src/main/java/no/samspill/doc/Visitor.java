package no.samspill.doc;

/**
 * One method per node type, so that a renderer or a pass cannot forget one: adding a node
 * type breaks every visitor at compile time.
 */
public interface Visitor<R> {
    R visit(Document document);

    R visit(CoverPage coverPage);

    R visit(TableOfContents tableOfContents);

    R visit(Part part);

    R visit(Section section);

    R visit(Appendix appendix);

    R visit(Paragraph paragraph);

    R visit(BulletList list);

    R visit(OrderedList list);

    R visit(Table table);

    R visit(SignatureBlock signatureBlock);

    R visit(PageBreak pageBreak);

    R visit(Text text);

    R visit(Emphasis emphasis);

    R visit(Strong strong);

    R visit(DefinedTerm definedTerm);

    R visit(CrossReference crossReference);

    R visit(Link link);

    R visit(LineBreak lineBreak);
}

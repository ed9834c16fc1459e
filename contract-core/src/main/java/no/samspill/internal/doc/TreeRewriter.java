package no.samspill.internal.doc;

import java.util.List;
import no.samspill.doc.Appendix;
import no.samspill.doc.Block;
import no.samspill.doc.BulletList;
import no.samspill.doc.CoverPage;
import no.samspill.doc.CrossReference;
import no.samspill.doc.DefinedTerm;
import no.samspill.doc.Document;
import no.samspill.doc.Emphasis;
import no.samspill.doc.Inline;
import no.samspill.doc.LineBreak;
import no.samspill.doc.Link;
import no.samspill.doc.ListItem;
import no.samspill.doc.Node;
import no.samspill.doc.OrderedList;
import no.samspill.doc.PageBreak;
import no.samspill.doc.Paragraph;
import no.samspill.doc.Part;
import no.samspill.doc.Section;
import no.samspill.doc.SignatureBlock;
import no.samspill.doc.Strong;
import no.samspill.doc.Table;
import no.samspill.doc.TableOfContents;
import no.samspill.doc.Text;
import no.samspill.doc.Visitor;

/**
 * Copies a tree node by node; a pass overrides the visits of the nodes it changes. Going
 * through the {@link Visitor} means a new node type cannot be silently dropped by a pass.
 */
public abstract class TreeRewriter implements Visitor<Node> {

    public Document rewrite(Document document) {
        return new Document(document.info(), blocks(document.blocks()));
    }

    /** Documents are not nodes; use {@link #rewrite(Document)}. */
    @Override
    public Node visit(Document document) {
        throw new UnsupportedOperationException("a document is rewritten with rewrite(Document)");
    }

    protected List<Block> blocks(List<Block> blocks) {
        return blocks.stream().map(block -> (Block) block.accept(this)).toList();
    }

    protected List<Inline> inlines(List<Inline> inlines) {
        return inlines.stream().map(inline -> (Inline) inline.accept(this)).toList();
    }

    private List<ListItem> items(List<ListItem> items) {
        return items.stream().map(item -> new ListItem(blocks(item.blocks()))).toList();
    }

    @Override
    public Node visit(CoverPage coverPage) {
        return new CoverPage(inlines(coverPage.title()), inlines(coverPage.subtitle()), coverPage.fields());
    }

    @Override
    public Node visit(TableOfContents tableOfContents) {
        return new TableOfContents(inlines(tableOfContents.title()));
    }

    @Override
    public Node visit(Part part) {
        return new Part(part.anchor(), inlines(part.title()), blocks(part.blocks()), part.label());
    }

    @Override
    public Node visit(Section section) {
        return new Section(section.anchor(), inlines(section.title()), blocks(section.blocks()), section.number());
    }

    @Override
    public Node visit(Appendix appendix) {
        return new Appendix(appendix.anchor(), inlines(appendix.title()), blocks(appendix.blocks()), appendix.number());
    }

    @Override
    public Node visit(Paragraph paragraph) {
        return new Paragraph(inlines(paragraph.inlines()));
    }

    @Override
    public Node visit(BulletList list) {
        return new BulletList(items(list.items()));
    }

    @Override
    public Node visit(OrderedList list) {
        return new OrderedList(list.start(), items(list.items()));
    }

    @Override
    public Node visit(Table table) {
        return new Table(
                table.headerRows(),
                table.rows().stream()
                        .map(row -> new Table.Row(row.cells().stream()
                                .map(cell -> new Table.Cell(inlines(cell.inlines())))
                                .toList()))
                        .toList());
    }

    @Override
    public Node visit(SignatureBlock signatureBlock) {
        return signatureBlock;
    }

    @Override
    public Node visit(PageBreak pageBreak) {
        return pageBreak;
    }

    @Override
    public Node visit(Text text) {
        return text;
    }

    @Override
    public Node visit(Emphasis emphasis) {
        return new Emphasis(inlines(emphasis.inlines()));
    }

    @Override
    public Node visit(Strong strong) {
        return new Strong(inlines(strong.inlines()));
    }

    @Override
    public Node visit(DefinedTerm definedTerm) {
        return definedTerm;
    }

    @Override
    public Node visit(CrossReference crossReference) {
        return crossReference;
    }

    @Override
    public Node visit(Link link) {
        return new Link(link.url(), inlines(link.inlines()));
    }

    @Override
    public Node visit(LineBreak lineBreak) {
        return lineBreak;
    }
}

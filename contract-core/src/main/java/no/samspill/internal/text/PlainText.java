package no.samspill.internal.text;

import java.util.List;
import java.util.stream.Collectors;
import no.samspill.doc.Appendix;
import no.samspill.doc.BulletList;
import no.samspill.doc.CoverPage;
import no.samspill.doc.CrossReference;
import no.samspill.doc.DefinedTerm;
import no.samspill.doc.Document;
import no.samspill.doc.Emphasis;
import no.samspill.doc.Inline;
import no.samspill.doc.LineBreak;
import no.samspill.doc.Link;
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
 * Inline content as plain text: {@code _emphasis_}, {@code **strong**}, definitions of terms in
 * {@code **bold**}, links as {@code text <address>}, cross-references as their number and line
 * breaks as {@code \n}. Markers are kept so that a change of emphasis shows in a diff.
 */
public final class PlainText implements Visitor<String> {

    private static final PlainText MARKED = new PlainText(true);
    private static final PlainText BARE = new PlainText(false);

    private final boolean marked;

    private PlainText(boolean marked) {
        this.marked = marked;
    }

    /** The text with markers for emphasis, strong text, definitions and links. */
    public static String of(List<Inline> inlines) {
        return join(inlines, MARKED);
    }

    /** The text alone, as a reader sees it: for tables of contents, headers and properties. */
    public static String bare(List<Inline> inlines) {
        return join(inlines, BARE);
    }

    private static String join(List<Inline> inlines, PlainText visitor) {
        return inlines.stream().map(inline -> inline.accept(visitor)).collect(Collectors.joining());
    }

    @Override
    public String visit(Text text) {
        return text.text();
    }

    @Override
    public String visit(Emphasis emphasis) {
        String text = join(emphasis.inlines(), this);
        return marked ? "_" + text + "_" : text;
    }

    @Override
    public String visit(Strong strong) {
        String text = join(strong.inlines(), this);
        return marked ? "**" + text + "**" : text;
    }

    @Override
    public String visit(DefinedTerm definedTerm) {
        return marked && definedTerm.definition() ? "**" + definedTerm.term() + "**" : definedTerm.term();
    }

    @Override
    public String visit(CrossReference crossReference) {
        return crossReference.number() != null ? crossReference.number() : "[" + crossReference.anchor() + "]";
    }

    @Override
    public String visit(Link link) {
        String text = join(link.inlines(), this);
        if (!marked) {
            return text.isEmpty() ? link.url() : text;
        }
        return text.isEmpty() || text.equals(link.url()) ? "<" + link.url() + ">" : text + " <" + link.url() + ">";
    }

    @Override
    public String visit(LineBreak lineBreak) {
        return marked ? "\n" : " ";
    }

    private static UnsupportedOperationException notInline() {
        return new UnsupportedOperationException("only inline content is plain text");
    }

    @Override
    public String visit(Document document) {
        throw notInline();
    }

    @Override
    public String visit(CoverPage coverPage) {
        throw notInline();
    }

    @Override
    public String visit(TableOfContents tableOfContents) {
        throw notInline();
    }

    @Override
    public String visit(Part part) {
        throw notInline();
    }

    @Override
    public String visit(Section section) {
        throw notInline();
    }

    @Override
    public String visit(Appendix appendix) {
        throw notInline();
    }

    @Override
    public String visit(Paragraph paragraph) {
        throw notInline();
    }

    @Override
    public String visit(BulletList list) {
        throw notInline();
    }

    @Override
    public String visit(OrderedList list) {
        throw notInline();
    }

    @Override
    public String visit(Table table) {
        throw notInline();
    }

    @Override
    public String visit(SignatureBlock signatureBlock) {
        throw notInline();
    }

    @Override
    public String visit(PageBreak pageBreak) {
        throw notInline();
    }
}

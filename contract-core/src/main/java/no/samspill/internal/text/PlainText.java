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

    private static final PlainText INSTANCE = new PlainText();

    private PlainText() {}

    public static String of(List<Inline> inlines) {
        return inlines.stream().map(inline -> inline.accept(INSTANCE)).collect(Collectors.joining());
    }

    @Override
    public String visit(Text text) {
        return text.text();
    }

    @Override
    public String visit(Emphasis emphasis) {
        return "_" + of(emphasis.inlines()) + "_";
    }

    @Override
    public String visit(Strong strong) {
        return "**" + of(strong.inlines()) + "**";
    }

    @Override
    public String visit(DefinedTerm definedTerm) {
        return definedTerm.definition() ? "**" + definedTerm.term() + "**" : definedTerm.term();
    }

    @Override
    public String visit(CrossReference crossReference) {
        return crossReference.number() != null ? crossReference.number() : "[" + crossReference.anchor() + "]";
    }

    @Override
    public String visit(Link link) {
        String text = of(link.inlines());
        return text.isEmpty() || text.equals(link.url()) ? "<" + link.url() + ">" : text + " <" + link.url() + ">";
    }

    @Override
    public String visit(LineBreak lineBreak) {
        return "\n";
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

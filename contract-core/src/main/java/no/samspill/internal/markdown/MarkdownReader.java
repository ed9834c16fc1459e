package no.samspill.internal.markdown;

import java.util.ArrayList;
import java.util.List;
import no.samspill.doc.Block;
import no.samspill.doc.BulletList;
import no.samspill.doc.CrossReference;
import no.samspill.doc.DefinedTerm;
import no.samspill.doc.Emphasis;
import no.samspill.doc.Inline;
import no.samspill.doc.LineBreak;
import no.samspill.doc.Link;
import no.samspill.doc.ListItem;
import no.samspill.doc.OrderedList;
import no.samspill.doc.PageBreak;
import no.samspill.doc.Paragraph;
import no.samspill.doc.Strong;
import no.samspill.doc.Table;
import no.samspill.doc.Text;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown into document-tree nodes. Two readers exist, both immutable and safe to share
 * between threads:
 *
 * <ul>
 *   <li>{@link #forTemplates()}: CommonMark, GFM tables and the contract extension. Anything a
 *       contract cannot hold (HTML, code, images, block quotes) is a {@link MarkdownException}:
 *       it can only come from the template's own text, never from a value.
 *   <li>{@link #forTextFields()}: Markdown-lite for a user's text field: paragraphs, emphasis,
 *       strong, lists, {@code https:}/{@code mailto:} links. Whatever else a user writes is kept
 *       as the literal text they typed (the validator reports it as a problem separately).
 * </ul>
 */
public final class MarkdownReader {

    private static final int DEEPEST_HEADING = 4;

    private final Parser parser;
    private final boolean templateMode;

    private MarkdownReader(Parser parser, boolean templateMode) {
        this.parser = parser;
        this.templateMode = templateMode;
    }

    public static MarkdownReader forTemplates() {
        return new MarkdownReader(Nesting.parserBuilder()
                .extensions(List.of(TablesExtension.create(), ContractMarkdownExtension.create()))
                .build(), true);
    }

    public static MarkdownReader forTextFields() {
        return new MarkdownReader(Nesting.parserBuilder().build(), false);
    }

    /**
     * Reads the output of a template into a flat outline.
     *
     * @throws MarkdownException when the Markdown holds something a contract cannot, or the
     *     resolver rejects a directive
     */
    public List<OutlineItem> readOutline(String markdown, DirectiveResolver resolver) {
        Node document = parser.parse(markdown);
        Nesting.firstTooDeep(document).ifPresent(tooDeep -> {
            throw new MarkdownException(tooDeep.line(), null, tooDeep.message());
        });
        Conversion conversion = new Conversion(resolver, markdown);
        List<OutlineItem> items = new ArrayList<>();
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading) {
                items.add(conversion.heading((Heading) child));
            } else {
                conversion.block(child).forEach(b -> items.add(new OutlineItem.Content(b)));
            }
        }
        return List.copyOf(items);
    }

    /**
     * Reads a text field into blocks. Lists and emphasis nested beyond {@link Nesting}'s limits are
     * read as far as the parser goes (the validator reports them); nothing here recurses deeper.
     */
    public List<Block> readBlocks(String text) {
        Node document = parser.parse(text);
        return new Conversion(null, text).children(document);
    }

    /**
     * Reads a text field that is used inside a sentence or a table cell: its inlines, with a
     * line break where a new paragraph or list item began.
     */
    public List<Inline> readInlines(String text) {
        List<Inline> inlines = new ArrayList<>();
        flatten(readBlocks(text), inlines);
        return List.copyOf(inlines);
    }

    private static void flatten(List<Block> blocks, List<Inline> into) {
        for (Block block : blocks) {
            if (block instanceof Paragraph) {
                if (!into.isEmpty()) {
                    into.add(new LineBreak());
                }
                into.addAll(((Paragraph) block).inlines());
            } else if (block instanceof BulletList) {
                ((BulletList) block).items().forEach(item -> flatten(item.blocks(), into));
            } else if (block instanceof OrderedList) {
                ((OrderedList) block).items().forEach(item -> flatten(item.blocks(), into));
            }
        }
    }

    /** One conversion: holds the resolver for directives and fragments. */
    private final class Conversion {
        private final DirectiveResolver resolver;
        private final String source;

        Conversion(DirectiveResolver resolver, String source) {
            this.resolver = resolver;
            this.source = source;
        }

        /**
         * The characters the user typed for a node, from its source spans: what a text field
         * prints for something that is not formatting in the Markdown-lite subset (an image, a
         * code span, a link to another scheme, a quote...).
         */
        String asTyped(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                return literal(node);
            }
            StringBuilder typed = new StringBuilder();
            for (SourceSpan span : spans) {
                if (typed.length() > 0) {
                    typed.append('\n');
                }
                int start = span.getInputIndex();
                typed.append(source, start, Math.min(source.length(), start + span.getLength()));
            }
            return typed.toString();
        }

        OutlineItem.Heading heading(Heading heading) {
            int rank = heading.getLevel();
            if (rank > DEEPEST_HEADING) {
                throw unsupported(heading, "a heading can be at most " + DEEPEST_HEADING + " levels deep (####)");
            }
            String anchor = null;
            boolean appendix = false;
            if (heading.getLastChild() instanceof HeadingAttributesNode) {
                HeadingAttributesNode attributes = (HeadingAttributesNode) heading.getLastChild();
                anchor = attributes.anchor();
                for (String name : attributes.classes()) {
                    if (!name.equals("appendix")) {
                        throw unsupported(heading, "the heading class \"." + name + "\" is unknown; only \".appendix\" exists");
                    }
                    if (rank != 1) {
                        throw unsupported(heading, "only a top heading (#) can be an appendix");
                    }
                    appendix = true;
                }
            }
            return new OutlineItem.Heading(rank, appendix, anchor, inlines(heading), line(heading));
        }

        List<Block> children(Node parent) {
            List<Block> blocks = new ArrayList<>();
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                blocks.addAll(block(child));
            }
            return blocks;
        }

        List<Block> block(Node node) {
            if (node instanceof org.commonmark.node.Paragraph) {
                return List.of(new Paragraph(inlines(node)));
            }
            if (node instanceof org.commonmark.node.BulletList) {
                return List.of(new BulletList(items(node)));
            }
            if (node instanceof org.commonmark.node.OrderedList) {
                Integer start = ((org.commonmark.node.OrderedList) node).getMarkerStartNumber();
                return List.of(new OrderedList(start == null ? 1 : start, items(node)));
            }
            if (node instanceof TableBlock) {
                return List.of(table(node));
            }
            if (node instanceof DirectiveNode) {
                return directive((DirectiveNode) node);
            }
            if (node instanceof LinkReferenceDefinition) {
                return List.of();
            }
            if (node instanceof Heading && !templateMode) {
                return List.of(new Paragraph(inlines(node)));
            }
            if (templateMode) {
                throw unsupported(node, describe(node) + " cannot be used in a contract");
            }
            // A user's code block, quote, HTML or rule: kept as the characters they typed.
            return List.of(new Paragraph(List.of(new Text(asTyped(node).strip()))));
        }

        private List<Block> directive(DirectiveNode directive) {
            if (directive.name().equals("pagebreak") && directive.argument() == null) {
                return List.of(new PageBreak());
            }
            try {
                return resolver.block(directive.name(), directive.argument());
            } catch (IllegalArgumentException e) {
                throw new MarkdownException(line(directive), directiveSource(directive), e.getMessage());
            }
        }

        private List<ListItem> items(Node list) {
            List<ListItem> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Heading && templateMode) {
                        throw unsupported(child, "a heading cannot stand inside a list");
                    }
                }
                items.add(new ListItem(children(item)));
            }
            return items;
        }

        private Table table(Node table) {
            List<Table.Row> rows = new ArrayList<>();
            int headerRows = 0;
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    List<Table.Cell> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(new Table.Cell(inlines(cell)));
                        }
                    }
                    rows.add(new Table.Row(cells));
                    if (section instanceof TableHead) {
                        headerRows++;
                    }
                }
            }
            return new Table(headerRows, rows);
        }

        List<Inline> inlines(Node parent) {
            List<Inline> inlines = new ArrayList<>();
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                inline(child, inlines);
            }
            return mergeTexts(inlines);
        }

        private void inline(Node node, List<Inline> into) {
            if (node instanceof org.commonmark.node.Text) {
                into.add(new Text(((org.commonmark.node.Text) node).getLiteral()));
            } else if (node instanceof SoftLineBreak) {
                into.add(new Text(" "));
            } else if (node instanceof HardLineBreak) {
                into.add(new LineBreak());
            } else if (node instanceof org.commonmark.node.Emphasis) {
                into.add(new Emphasis(inlines(node)));
            } else if (node instanceof StrongEmphasis) {
                into.add(new Strong(inlines(node)));
            } else if (node instanceof org.commonmark.node.Link) {
                link((org.commonmark.node.Link) node, into);
            } else if (node instanceof CrossReferenceNode) {
                into.add(new CrossReference(((CrossReferenceNode) node).anchor(), null));
            } else if (node instanceof DefinedTermNode) {
                DefinedTermNode term = (DefinedTermNode) node;
                into.add(new DefinedTerm(term.term(), term.definition()));
            } else if (node instanceof InlineFragmentNode) {
                String id = ((InlineFragmentNode) node).id();
                try {
                    into.addAll(resolver.inline(id));
                } catch (IllegalArgumentException e) {
                    throw new MarkdownException(line(node), "{{@" + id + "}}", e.getMessage());
                }
            } else if (node instanceof HeadingAttributesNode) {
                // Only a heading's last child: read by heading(), not printed.
                return;
            } else if (templateMode) {
                throw unsupported(node, describe(node) + " cannot be used in a contract");
            } else if (node instanceof Code || node instanceof HtmlInline || node instanceof Image) {
                into.add(new Text(asTyped(node)));
            } else {
                into.add(new Text(literal(node)));
            }
        }

        private void link(org.commonmark.node.Link link, List<Inline> into) {
            String destination = link.getDestination();
            if (LinkTargets.isContractScheme(destination)) {
                LinkTargets.Target target = LinkTargets.of(destination);
                if (target.isValid()) {
                    into.add(new Link(target.uri(), inlines(link)));
                    return;
                }
                if (templateMode) {
                    throw unsupported(link, "the link address \"" + destination + "\" cannot be written: " + target.problem());
                }
            } else if (templateMode) {
                throw unsupported(link, "a link must go to an https: or mailto: address, not \"" + destination + "\"");
            }
            // The validator reports it; the contract shows what the user typed.
            into.add(new Text(asTyped(link)));
        }
    }

    // One builder per run of texts: concatenating pairwise would copy a long paragraph once per line.
    private static List<Inline> mergeTexts(List<Inline> inlines) {
        List<Inline> merged = new ArrayList<>(inlines.size());
        StringBuilder run = null;
        for (Inline inline : inlines) {
            if (inline instanceof Text) {
                run = run == null ? new StringBuilder() : run;
                run.append(((Text) inline).text());
                continue;
            }
            if (run != null) {
                merged.add(new Text(run.toString()));
                run = null;
            }
            merged.add(inline);
        }
        if (run != null) {
            merged.add(new Text(run.toString()));
        }
        return merged;
    }

    private static MarkdownException unsupported(Node node, String message) {
        return new MarkdownException(line(node), null, message);
    }

    private static String describe(Node node) {
        String type = node.getClass().getSimpleName();
        switch (type) {
            case "BlockQuote": return "a block quote (>)";
            case "FencedCodeBlock": return "a fenced code block (```)";
            case "IndentedCodeBlock": return "an indented code block (a line indented by four spaces)";
            case "HtmlBlock": return "an HTML block";
            case "HtmlInline": return "HTML (" + ((HtmlInline) node).getLiteral() + ")";
            case "ThematicBreak": return "a horizontal rule (---)";
            case "Code": return "code (`...`)";
            case "Image": return "an image";
            default: return "this kind of Markdown";
        }
    }

    private static String directiveSource(DirectiveNode directive) {
        return "[[" + directive.name() + (directive.argument() == null ? "" : ":" + directive.argument()) + "]]";
    }

    private static String literal(Node node) {
        if (node instanceof org.commonmark.node.HtmlBlock) {
            return ((org.commonmark.node.HtmlBlock) node).getLiteral();
        }
        if (node instanceof org.commonmark.node.FencedCodeBlock) {
            return ((org.commonmark.node.FencedCodeBlock) node).getLiteral();
        }
        if (node instanceof org.commonmark.node.IndentedCodeBlock) {
            return ((org.commonmark.node.IndentedCodeBlock) node).getLiteral();
        }
        StringBuilder text = new StringBuilder();
        node.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                text.append('\n');
            }
        });
        return text.toString();
    }

    static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }
}

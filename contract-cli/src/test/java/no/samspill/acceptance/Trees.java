package no.samspill.acceptance;

import java.util.ArrayList;
import java.util.List;
import no.samspill.doc.Appendix;
import no.samspill.doc.Block;
import no.samspill.doc.BulletList;
import no.samspill.doc.CrossReference;
import no.samspill.doc.DefinedTerm;
import no.samspill.doc.Document;
import no.samspill.doc.Emphasis;
import no.samspill.doc.Inline;
import no.samspill.doc.Link;
import no.samspill.doc.ListItem;
import no.samspill.doc.OrderedList;
import no.samspill.doc.Paragraph;
import no.samspill.doc.Part;
import no.samspill.doc.Section;
import no.samspill.doc.Strong;
import no.samspill.doc.Table;
import no.samspill.doc.Text;

/** What the acceptance tests expect a reader to find, taken from the numbered document tree. */
final class Trees {

    /** A numbered section: its depth (1 = top level), number and title text. */
    record Heading(int depth, String number, String title) {}

    /** A cross-reference with the word before it, for example "punkt" and "12". */
    record Reference(String wordBefore, String number) {}

    private Trees() {}

    static List<Heading> sections(Document document) {
        List<Heading> out = new ArrayList<>();
        collectSections(document.blocks(), 1, out);
        return out;
    }

    private static void collectSections(List<Block> blocks, int depth, List<Heading> out) {
        for (Block block : blocks) {
            if (block instanceof Part part) {
                collectSections(part.blocks(), depth, out);
            } else if (block instanceof Section section) {
                out.add(new Heading(depth, section.number(), text(section.title())));
                collectSections(section.blocks(), depth + 1, out);
            } else if (block instanceof Appendix appendix) {
                collectSections(appendix.blocks(), 1, out);
            }
        }
    }

    static List<Table> tables(Document document) {
        List<Table> out = new ArrayList<>();
        walk(document.blocks(), block -> {
            if (block instanceof Table table) {
                out.add(table);
            }
        });
        return out;
    }

    static List<Reference> references(Document document) {
        List<Reference> out = new ArrayList<>();
        walk(document.blocks(), block -> {
            if (block instanceof Paragraph paragraph) {
                List<Inline> inlines = paragraph.inlines();
                for (int i = 1; i < inlines.size(); i++) {
                    if (inlines.get(i) instanceof CrossReference ref && inlines.get(i - 1) instanceof Text before) {
                        String[] words = before.text().trim().split("\\s+");
                        out.add(new Reference(words[words.length - 1], ref.number()));
                    }
                }
            }
        });
        return out;
    }

    /** Every text of the document: titles, paragraphs, list items and table cells. */
    static List<String> texts(Document document) {
        List<String> out = new ArrayList<>();
        walk(document.blocks(), block -> {
            if (block instanceof Part part) {
                out.add(text(part.title()));
            } else if (block instanceof Section section) {
                out.add(text(section.title()));
            } else if (block instanceof Appendix appendix) {
                out.add(text(appendix.title()));
            } else if (block instanceof Paragraph paragraph) {
                out.add(text(paragraph.inlines()));
            } else if (block instanceof Table table) {
                table.rows().forEach(row -> row.cells().forEach(cell -> out.add(text(cell.inlines()))));
            }
        });
        return out;
    }

    private static void walk(List<Block> blocks, java.util.function.Consumer<Block> visit) {
        for (Block block : blocks) {
            visit.accept(block);
            if (block instanceof Part part) {
                walk(part.blocks(), visit);
            } else if (block instanceof Section section) {
                walk(section.blocks(), visit);
            } else if (block instanceof Appendix appendix) {
                walk(appendix.blocks(), visit);
            } else if (block instanceof BulletList list) {
                list.items().stream().map(ListItem::blocks).forEach(b -> walk(b, visit));
            } else if (block instanceof OrderedList list) {
                list.items().stream().map(ListItem::blocks).forEach(b -> walk(b, visit));
            }
        }
    }

    static String text(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Text t) {
                sb.append(t.text());
            } else if (inline instanceof Emphasis e) {
                sb.append(text(e.inlines()));
            } else if (inline instanceof Strong s) {
                sb.append(text(s.inlines()));
            } else if (inline instanceof Link l) {
                sb.append(text(l.inlines()));
            } else if (inline instanceof DefinedTerm d) {
                sb.append(d.term());
            } else if (inline instanceof CrossReference r) {
                sb.append(r.number());
            } else {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** Collapses every run of white space to one space, as text extracted from a PDF needs. */
    static String normalize(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }
}

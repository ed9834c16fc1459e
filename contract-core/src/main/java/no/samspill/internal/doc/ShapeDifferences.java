package no.samspill.internal.doc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import no.samspill.doc.Appendix;
import no.samspill.doc.Block;
import no.samspill.doc.BulletList;
import no.samspill.doc.CoverPage;
import no.samspill.doc.CrossReference;
import no.samspill.doc.Document;
import no.samspill.doc.Emphasis;
import no.samspill.doc.Inline;
import no.samspill.doc.Link;
import no.samspill.doc.ListItem;
import no.samspill.doc.OrderedList;
import no.samspill.doc.PageBreak;
import no.samspill.doc.Paragraph;
import no.samspill.doc.ParallelDocument;
import no.samspill.doc.Part;
import no.samspill.doc.Section;
import no.samspill.doc.SignatureBlock;
import no.samspill.doc.Strong;
import no.samspill.doc.Table;
import no.samspill.doc.TableOfContents;
import no.samspill.internal.text.PlainText;

/**
 * Compares the shapes of two editions, as {@link ParallelDocument#differences} describes. The
 * lines are read by a template owner who wrote the two languages' clauses, so they name places by
 * what the left edition prints (numbers and titles) and by the anchors the templates wrote, and
 * they are in English, the language of every message of the library.
 *
 * <p>Blocks are paired in order within each section. Where the counts differ, the blocks the two
 * have in common at the start and at the end are paired, and what lies between is reported as one
 * difference: an extra paragraph is one line, not a line for every block that follows it. That is
 * linear in the size of the trees.
 */
public final class ShapeDifferences {

    private static final String TOP = "the document";

    private final List<String> found = new ArrayList<>();

    private ShapeDifferences() {}

    public static List<String> between(Document left, Document right) {
        return StackGuard.call("comparing the two editions", () -> {
            ShapeDifferences comparison = new ShapeDifferences();
            comparison.blocks(TOP, left.blocks(), right.blocks());
            return List.copyOf(comparison.found);
        });
    }

    /** The kinds of block, as a difference names them. */
    private enum Kind {
        COVER_PAGE("cover page", "a", true),
        TABLE_OF_CONTENTS("table of contents", "a", true),
        PART("part", "a", false),
        SECTION("section", "a", false),
        APPENDIX("appendix", "an", false),
        PARAGRAPH("paragraph", "a", false),
        BULLET_LIST("bullet list", "a", false),
        NUMBERED_LIST("numbered list", "a", false),
        TABLE("table", "a", false),
        SIGNATURE_BLOCK("signature block", "a", true),
        PAGE_BREAK("page break", "a", false);

        final String noun;
        final String article;
        /** Usually alone in its section: "the cover page" reads better than "cover page 1". */
        final boolean single;

        Kind(String noun, String article, boolean single) {
            this.noun = noun;
            this.article = article;
            this.single = single;
        }

        static Kind of(Block block) {
            if (block instanceof CoverPage) {
                return COVER_PAGE;
            } else if (block instanceof TableOfContents) {
                return TABLE_OF_CONTENTS;
            } else if (block instanceof Part) {
                return PART;
            } else if (block instanceof Section) {
                return SECTION;
            } else if (block instanceof Appendix) {
                return APPENDIX;
            } else if (block instanceof Paragraph) {
                return PARAGRAPH;
            } else if (block instanceof BulletList) {
                return BULLET_LIST;
            } else if (block instanceof OrderedList) {
                return NUMBERED_LIST;
            } else if (block instanceof Table) {
                return TABLE;
            } else if (block instanceof SignatureBlock) {
                return SIGNATURE_BLOCK;
            } else if (block instanceof PageBreak) {
                return PAGE_BREAK;
            }
            throw new IllegalArgumentException("unknown block " + block);
        }
    }

    /** The left edition's blocks of one section, each with the name a difference gives it. */
    private static List<String> names(List<Block> blocks) {
        Map<Kind, Integer> totals = new EnumMap<>(Kind.class);
        for (Block block : blocks) {
            totals.merge(Kind.of(block), 1, Integer::sum);
        }
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        List<String> names = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            Kind kind = Kind.of(block);
            int ordinal = counts.merge(kind, 1, Integer::sum);
            String heading = headingName(block);
            names.add(heading != null ? heading
                    : kind.single && totals.get(kind) == 1 ? "the " + kind.noun
                    : kind.noun + " " + ordinal);
        }
        return names;
    }

    /** "section 4.2 "Beslutninger"", or null for a block that is not a heading. */
    private static String headingName(Block block) {
        if (block instanceof Part part) {
            return named("part", part.label(), part.title());
        } else if (block instanceof Section section) {
            return named("section", section.number(), section.title());
        } else if (block instanceof Appendix appendix) {
            return named("appendix", appendix.number(), appendix.title());
        }
        return null;
    }

    private static String named(String noun, String number, List<Inline> title) {
        return noun + (number == null ? "" : " " + number) + " \"" + PlainText.bare(title) + "\"";
    }

    /** How a block of the right edition is described where the left edition has nothing like it. */
    private static String described(Block block) {
        String heading = headingName(block);
        Kind kind = Kind.of(block);
        return heading != null ? kind.article + " " + heading : kind.article + " " + kind.noun;
    }

    /**
     * What two blocks must share to be taken for counterparts where one edition has blocks the
     * other lacks: the kind, and what can be told at a glance: a heading's anchor, the anchors a
     * paragraph refers to, a table's size, a list's length. So an extra paragraph among
     * paragraphs is found where it is, not at the end.
     */
    private record Key(Kind kind, Object detail) {
        static Key of(Block block) {
            Object detail = null;
            if (block instanceof Paragraph paragraph) {
                List<String> anchors = new ArrayList<>();
                anchors(paragraph.inlines(), anchors);
                detail = anchors;
            } else if (block instanceof Table table) {
                detail = List.of(table.rows().size(), table.columnCount());
            } else if (block instanceof BulletList list) {
                detail = list.items().size();
            } else if (block instanceof OrderedList list) {
                detail = list.items().size();
            } else {
                detail = anchorOf(block);
            }
            return new Key(Kind.of(block), detail);
        }
    }

    private static boolean sameKey(Block left, Block right) {
        return Key.of(left).equals(Key.of(right));
    }

    private static String anchorOf(Block block) {
        if (block instanceof Part part) {
            return part.anchor();
        } else if (block instanceof Section section) {
            return section.anchor();
        } else if (block instanceof Appendix appendix) {
            return appendix.anchor();
        }
        return null;
    }

    private void report(String where, String what) {
        found.add(where + ": " + what);
    }

    private void blocks(String where, List<Block> left, List<Block> right) {
        List<String> names = names(left);
        int n = left.size();
        int m = right.size();
        if (n == m) {
            for (int i = 0; i < n; i++) {
                pair(where, names.get(i), left.get(i), right.get(i));
            }
            return;
        }
        int prefix = 0;
        while (prefix < n && prefix < m && sameKey(left.get(prefix), right.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix
                && sameKey(left.get(n - 1 - suffix), right.get(m - 1 - suffix))) {
            suffix++;
        }
        for (int i = 0; i < prefix; i++) {
            pair(where, names.get(i), left.get(i), right.get(i));
        }
        List<String> onlyLeft = names.subList(prefix, n - suffix);
        List<Block> onlyRight = right.subList(prefix, m - suffix);
        if (onlyLeft.isEmpty()) {
            String position = prefix == 0 ? "at the start" : "after " + names.get(prefix - 1);
            String blocks = onlyRight.size() == 1 ? "an extra block, " + described(onlyRight.get(0))
                    : onlyRight.size() + " extra blocks, " + listed(onlyRight.stream().map(ShapeDifferences::described).toList());
            report(where, "the right edition has " + blocks + ", " + position);
        } else if (onlyRight.isEmpty()) {
            report(where, listed(onlyLeft) + (onlyLeft.size() == 1 ? " is" : " are") + " missing from the right edition");
        } else {
            report(where, "where the left edition has " + listed(onlyLeft) + ", the right edition has "
                    + listed(onlyRight.stream().map(ShapeDifferences::described).toList()));
        }
        for (int i = 0; i < suffix; i++) {
            pair(where, names.get(n - suffix + i), left.get(n - suffix + i), right.get(m - suffix + i));
        }
    }

    private static String listed(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private void pair(String where, String name, Block left, Block right) {
        Kind kind = Kind.of(left);
        if (kind != Kind.of(right)) {
            report(where, name + " is " + described(right) + " in the right edition");
            return;
        }
        switch (kind) {
            case PART -> {
                Part l = (Part) left;
                Part r = (Part) right;
                // A part's label is a word of its language ("Del I", "Part I"); its position is what must agree.
                heading(name, l.anchor(), r.anchor(), null, null, l.title(), r.title());
                blocks(name, l.blocks(), r.blocks());
            }
            case SECTION -> {
                Section l = (Section) left;
                Section r = (Section) right;
                heading(name, l.anchor(), r.anchor(), l.number(), r.number(), l.title(), r.title());
                blocks(name, l.blocks(), r.blocks());
            }
            case APPENDIX -> {
                Appendix l = (Appendix) left;
                Appendix r = (Appendix) right;
                heading(name, l.anchor(), r.anchor(), l.number(), r.number(), l.title(), r.title());
                blocks(name, l.blocks(), r.blocks());
            }
            case PARAGRAPH -> references(where, name, ((Paragraph) left).inlines(), ((Paragraph) right).inlines());
            case BULLET_LIST -> items(where, name, ((BulletList) left).items(), ((BulletList) right).items());
            case NUMBERED_LIST -> {
                OrderedList l = (OrderedList) left;
                OrderedList r = (OrderedList) right;
                if (l.start() != r.start()) {
                    report(where, name + " starts at " + l.start() + " in the left edition and at " + r.start() + " in the right");
                }
                items(where, name, l.items(), r.items());
            }
            case TABLE -> table(where, name, (Table) left, (Table) right);
            case COVER_PAGE -> {
                int l = ((CoverPage) left).fields().size();
                int r = ((CoverPage) right).fields().size();
                if (l != r) {
                    report(where, name + " has " + counted(l, "field") + " in the left edition and " + r + " in the right");
                }
            }
            case SIGNATURE_BLOCK -> {
                int l = ((SignatureBlock) left).signatories().size();
                int r = ((SignatureBlock) right).signatories().size();
                if (l != r) {
                    report(where, name + " has " + counted(l, "signatory", "signatories") + " in the left edition and " + r
                            + " in the right");
                }
            }
            case TABLE_OF_CONTENTS, PAGE_BREAK -> {
                // Nothing inside that could differ in shape.
            }
        }
    }

    private void heading(String name, String leftAnchor, String rightAnchor, String leftNumber, String rightNumber,
            List<Inline> leftTitle, List<Inline> rightTitle) {
        if (!Objects.equals(leftAnchor, rightAnchor)) {
            report(name, "the anchor is " + quotedOrNone(leftAnchor) + " in the left edition and "
                    + quotedOrNone(rightAnchor) + " in the right");
        }
        if (!Objects.equals(leftNumber, rightNumber)) {
            report(name, "it is numbered " + orNone(leftNumber) + " in the left edition and " + orNone(rightNumber)
                    + " in the right");
        }
        references(name, "the heading", leftTitle, rightTitle);
    }

    private void items(String where, String name, List<ListItem> left, List<ListItem> right) {
        if (left.size() != right.size()) {
            report(where, name + " has " + counted(left.size(), "item") + " in the left edition and " + right.size()
                    + " in the right");
        }
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            blocks(where + ": " + name + ", item " + (i + 1), left.get(i).blocks(), right.get(i).blocks());
        }
    }

    private void table(String where, String name, Table left, Table right) {
        int rows = left.rows().size();
        int columns = left.columnCount();
        if (rows != right.rows().size() || columns != right.columnCount()) {
            report(where, name + " has " + size(left) + " in the left edition and " + size(right) + " in the right");
            return;
        }
        if (left.headerRows() != right.headerRows()) {
            report(where, name + " has " + counted(left.headerRows(), "header row") + " in the left edition and "
                    + right.headerRows() + " in the right");
        }
        for (int r = 0; r < rows; r++) {
            List<Table.Cell> leftCells = left.rows().get(r).cells();
            List<Table.Cell> rightCells = right.rows().get(r).cells();
            for (int c = 0; c < Math.min(leftCells.size(), rightCells.size()); c++) {
                references(where, name + ", row " + (r + 1) + ", column " + (c + 1), leftCells.get(c).inlines(),
                        rightCells.get(c).inlines());
            }
        }
    }

    private static String size(Table table) {
        return counted(table.rows().size(), "row") + " × " + counted(table.columnCount(), "column");
    }

    private void references(String where, String name, List<Inline> left, List<Inline> right) {
        List<String> leftAnchors = new ArrayList<>();
        anchors(left, leftAnchors);
        List<String> rightAnchors = new ArrayList<>();
        anchors(right, rightAnchors);
        if (!leftAnchors.equals(rightAnchors)) {
            report(where, name + " refers to " + quoted(leftAnchors) + " in the left edition and to "
                    + quoted(rightAnchors) + " in the right");
        }
    }

    private static void anchors(List<Inline> inlines, List<String> anchors) {
        for (Inline inline : inlines) {
            if (inline instanceof CrossReference reference) {
                anchors.add(reference.anchor());
            } else if (inline instanceof Emphasis emphasis) {
                anchors(emphasis.inlines(), anchors);
            } else if (inline instanceof Strong strong) {
                anchors(strong.inlines(), anchors);
            } else if (inline instanceof Link link) {
                anchors(link.inlines(), anchors);
            }
        }
    }

    private static String quoted(List<String> anchors) {
        return anchors.isEmpty() ? "nothing"
                : anchors.stream().map(anchor -> "\"" + anchor + "\"").collect(Collectors.joining(", "));
    }

    private static String quotedOrNone(String anchor) {
        return anchor == null ? "none" : "\"" + anchor + "\"";
    }

    private static String orNone(String number) {
        return number == null ? "not at all" : number;
    }

    private static String counted(int count, String noun) {
        return counted(count, noun, noun + "s");
    }

    private static String counted(int count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}

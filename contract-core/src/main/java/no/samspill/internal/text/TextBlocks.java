package no.samspill.internal.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.samspill.doc.Appendix;
import no.samspill.doc.Block;
import no.samspill.doc.BulletList;
import no.samspill.doc.CoverPage;
import no.samspill.doc.CrossReference;
import no.samspill.doc.DefinedTerm;
import no.samspill.doc.Document;
import no.samspill.doc.Emphasis;
import no.samspill.doc.LineBreak;
import no.samspill.doc.Link;
import no.samspill.doc.ListItem;
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
import no.samspill.internal.doc.Labels;

/**
 * Lays out blocks as lines of plain text no wider than {@code width} (words longer than a line
 * are kept whole). Blocks are separated by one blank line; list items follow each other.
 */
public final class TextBlocks implements Visitor<List<String>> {

    private static final String SEPARATOR = "  ";
    private static final int SIGNATURE_LINE = 30;

    private final Labels labels;
    private final int width;

    public TextBlocks(Labels labels, int width) {
        this.labels = labels;
        this.width = width;
    }

    /** The lines of the blocks, with a blank line between blocks. */
    public List<String> lines(List<Block> blocks) {
        List<String> lines = new ArrayList<>();
        for (Block block : blocks) {
            List<String> blockLines = block.accept(this);
            if (blockLines.isEmpty()) {
                continue;
            }
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(blockLines);
        }
        return lines;
    }

    @Override
    public List<String> visit(Document document) {
        List<String> lines = new ArrayList<>();
        if (document.info().draft()) {
            lines.add(labels.draft());
            lines.add("");
        }
        lines.addAll(lines(document.blocks()));
        return lines;
    }

    @Override
    public List<String> visit(CoverPage coverPage) {
        List<String> lines = new ArrayList<>(underlined(PlainText.of(coverPage.title()), '='));
        if (!coverPage.subtitle().isEmpty()) {
            lines.addAll(wrap(PlainText.of(coverPage.subtitle()), width));
        }
        if (!coverPage.fields().isEmpty()) {
            int labelWidth = coverPage.fields().stream()
                    .mapToInt(field -> length(field.label()) + 1)
                    .max()
                    .orElse(0) + SEPARATOR.length();
            lines.add("");
            for (CoverPage.CoverField field : coverPage.fields()) {
                List<String> values = field.lines().isEmpty() ? List.of("") : field.lines();
                for (int i = 0; i < values.size(); i++) {
                    String label = i == 0 ? field.label() + ":" : "";
                    lines.add(stripTrailing(pad(label, labelWidth) + values.get(i)));
                }
            }
        }
        return lines;
    }

    @Override
    public List<String> visit(TableOfContents tableOfContents) {
        return List.of("[" + PlainText.of(tableOfContents.title()) + "]");
    }

    @Override
    public List<String> visit(Part part) {
        return headed(underlined(part.label() + SEPARATOR + PlainText.of(part.title()), '='), part.blocks());
    }

    @Override
    public List<String> visit(Section section) {
        return headed(List.of(section.number() + SEPARATOR + PlainText.of(section.title())), section.blocks());
    }

    @Override
    public List<String> visit(Appendix appendix) {
        String heading = labels.appendixLabel(appendix.number()) + SEPARATOR + PlainText.of(appendix.title());
        return headed(underlined(heading, '='), appendix.blocks());
    }

    private List<String> headed(List<String> heading, List<Block> blocks) {
        List<String> lines = new ArrayList<>(heading);
        List<String> body = lines(blocks);
        if (!body.isEmpty()) {
            lines.add("");
            lines.addAll(body);
        }
        return lines;
    }

    @Override
    public List<String> visit(Paragraph paragraph) {
        return wrap(PlainText.of(paragraph.inlines()), width);
    }

    @Override
    public List<String> visit(BulletList list) {
        List<String> lines = new ArrayList<>();
        for (ListItem item : list.items()) {
            lines.addAll(item("- ", item));
        }
        return lines;
    }

    @Override
    public List<String> visit(OrderedList list) {
        List<String> lines = new ArrayList<>();
        int markerWidth = Integer.toString(list.start() + list.items().size() - 1).length() + 2;
        for (int i = 0; i < list.items().size(); i++) {
            lines.addAll(item(pad((list.start() + i) + ".", markerWidth), list.items().get(i)));
        }
        return lines;
    }

    private List<String> item(String marker, ListItem item) {
        String indent = " ".repeat(marker.length());
        List<String> body = new TextBlocks(labels, Math.max(1, width - marker.length())).lines(item.blocks());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i);
            lines.add(i == 0 ? marker + line : line.isEmpty() ? "" : indent + line);
        }
        if (lines.isEmpty()) {
            lines.add(marker.stripTrailing());
        }
        return lines;
    }

    @Override
    public List<String> visit(Table table) {
        int columns = table.columnCount();
        List<List<String>> cells = table.rows().stream()
                .map(row -> row.cells().stream()
                        .map(cell -> PlainText.of(cell.inlines()).replace('\n', ' '))
                        .toList())
                .toList();
        int[] widths = new int[columns];
        for (List<String> row : cells) {
            for (int column = 0; column < columns; column++) {
                widths[column] = Math.max(widths[column], Math.max(3, length(cellAt(row, column))));
            }
        }
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < cells.size(); r++) {
            StringBuilder line = new StringBuilder("|");
            for (int column = 0; column < columns; column++) {
                line.append(' ').append(pad(cellAt(cells.get(r), column), widths[column])).append(" |");
            }
            lines.add(line.toString());
            if (r == table.headerRows() - 1) {
                StringBuilder rule = new StringBuilder("|");
                for (int column = 0; column < columns; column++) {
                    rule.append(' ').append("-".repeat(widths[column])).append(" |");
                }
                lines.add(rule.toString());
            }
        }
        return lines;
    }

    private static String cellAt(List<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }

    @Override
    public List<String> visit(SignatureBlock signatureBlock) {
        List<List<String>> columns = new ArrayList<>();
        for (SignatureBlock.Signatory signatory : signatureBlock.signatories()) {
            List<String> column = new ArrayList<>();
            column.add(labels.forParty() + " " + signatory.role());
            column.add(signatory.party());
            column.add("");
            column.add(labels.placeAndDate() + ": " + "_".repeat(16));
            column.add("");
            column.add("");
            column.add("_".repeat(SIGNATURE_LINE));
            column.add(signatory.name() != null ? signatory.name() : labels.name() + ":");
            column.add(signatory.title() != null ? signatory.title() : labels.title() + ":");
            columns.add(column);
        }
        int gap = 4;
        int count = Math.max(1, columns.size());
        int columnWidth = Math.max(SIGNATURE_LINE, (width - gap * (count - 1)) / count);
        for (List<String> column : columns) {
            for (String line : column) {
                columnWidth = Math.max(columnWidth, length(line));
            }
        }
        List<String> lines = new ArrayList<>();
        int height = columns.isEmpty() ? 0 : columns.get(0).size();
        for (int row = 0; row < height; row++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns.size(); c++) {
                String cell = columns.get(c).get(row);
                line.append(c + 1 < columns.size() ? pad(cell, columnWidth + gap) : cell);
            }
            lines.add(stripTrailing(line.toString()));
        }
        return lines;
    }

    @Override
    public List<String> visit(PageBreak pageBreak) {
        return Collections.emptyList();
    }

    private static List<String> underlined(String heading, char rule) {
        return List.of(heading, String.valueOf(rule).repeat(length(heading)));
    }

    /** Greedy word wrap; explicit line breaks in the text are kept. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String hardLine : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : hardLine.trim().split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (line.length() > 0 && length(line.toString()) + 1 + length(word) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - length(text)));
    }

    private static String stripTrailing(String text) {
        return text.stripTrailing();
    }

    private static UnsupportedOperationException notBlock() {
        return new UnsupportedOperationException("inline content is laid out by its paragraph");
    }

    @Override
    public List<String> visit(Text text) {
        throw notBlock();
    }

    @Override
    public List<String> visit(Emphasis emphasis) {
        throw notBlock();
    }

    @Override
    public List<String> visit(Strong strong) {
        throw notBlock();
    }

    @Override
    public List<String> visit(DefinedTerm definedTerm) {
        throw notBlock();
    }

    @Override
    public List<String> visit(CrossReference crossReference) {
        throw notBlock();
    }

    @Override
    public List<String> visit(Link link) {
        throw notBlock();
    }

    @Override
    public List<String> visit(LineBreak lineBreak) {
        throw notBlock();
    }
}

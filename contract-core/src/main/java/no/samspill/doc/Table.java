package no.samspill.doc;

import java.util.List;

/**
 * A table. The first {@code headerRows} rows are headers and repeat on every page.
 *
 * @param rows the rows, header rows first; every row has the same number of cells
 */
public record Table(int headerRows, List<Row> rows) implements Block {

    public Table {
        rows = List.copyOf(rows);
    }

    /** A row of cells. */
    public record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A cell: one line of inline content. */
    public record Cell(List<Inline> inlines) {
        public Cell {
            inlines = List.copyOf(inlines);
        }
    }

    public int columnCount() {
        return rows.isEmpty() ? 0 : rows.get(0).cells().size();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}

package no.samspill.internal.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * Where the writer puts the blocks it writes: the body of the document, or a cell of a parallel
 * table. The same paragraph, list and table code writes into either; only how a paragraph or a
 * table is appended, and how wide the line is, differ.
 */
sealed interface Target {

    /** A new paragraph at the end, without style. */
    XWPFParagraph addParagraph();

    /** A new table at the end, of {@code rows} rows of {@code columns} cells, each with one paragraph. */
    XWPFTable addTable(int rows, int columns);

    /** The width of a line of text, in twips. */
    long width();

    /** The last element written, or null when nothing is. */
    IBodyElement last();

    /** The body of the document. */
    final class Body implements Target {
        private final XWPFDocument document;
        private final long width;

        Body(XWPFDocument document, long width) {
            this.document = document;
            this.width = width;
        }

        @Override
        public XWPFParagraph addParagraph() {
            return document.createParagraph();
        }

        @Override
        public XWPFTable addTable(int rows, int columns) {
            return document.createTable(rows, columns);
        }

        @Override
        public long width() {
            return width;
        }

        @Override
        public IBodyElement last() {
            List<IBodyElement> written = document.getBodyElements();
            return written.isEmpty() ? null : written.get(written.size() - 1);
        }
    }

    /**
     * A table cell. A new cell already holds the empty paragraph a cell must have; the first
     * paragraph written is that one. A cell must also end with a paragraph, which {@link #close}
     * adds after a table.
     */
    final class Cell implements Target {
        private final XWPFTableCell cell;
        private final long width;
        private boolean fresh = true;

        Cell(XWPFTableCell cell, long width) {
            this.cell = cell;
            this.width = width;
        }

        @Override
        public XWPFParagraph addParagraph() {
            if (fresh) {
                fresh = false;
                return cell.getParagraphs().get(0);
            }
            return cell.addParagraph();
        }

        @Override
        public XWPFTable addTable(int rows, int columns) {
            if (fresh) {
                // A cell that starts with a table needs no empty line above it.
                cell.removeParagraph(0);
                fresh = false;
            }
            CTTbl table = cell.getCTTc().addNewTbl();
            XWPFTable created = new XWPFTable(table, cell, rows, columns);
            cell.insertTable(cell.getBodyElements().size(), created);
            return created;
        }

        @Override
        public long width() {
            return width;
        }

        @Override
        public IBodyElement last() {
            List<IBodyElement> written = cell.getBodyElements();
            return written.isEmpty() ? null : written.get(written.size() - 1);
        }

        /** Ends the cell with a paragraph, as Word requires, when it ends with a table. */
        void close() {
            if (!(last() instanceof XWPFParagraph)) {
                cell.addParagraph();
            }
        }
    }
}

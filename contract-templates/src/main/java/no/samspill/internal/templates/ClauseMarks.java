package no.samspill.internal.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.doc.Paragraph;
import no.samspill.doc.Text;

/**
 * How a render marks its clauses. A marked render puts a paragraph holding only a marker before
 * each clause; the text renderer prints it as a line of its own, so the text of the document can
 * be cut into the text of each clause without the document tree knowing what a clause is.
 *
 * @param skipped clauses to leave out, because they already failed in this check
 */
record ClauseMarks(boolean marked, Set<String> skipped) {

    static final ClauseMarks NONE = new ClauseMarks(false, Set.of());

    // No template or value can write this line: values are escaped and text fields are read as
    // Markdown-lite, and neither can produce a line of only these characters and a number.
    private static final String PREFIX = "\u2063samspill-clause-";
    private static final Pattern MARKER = Pattern.compile("^\u2063samspill-clause-(\\d+)$");

    static Paragraph marker(int index) {
        return new Paragraph(List.of(new Text(PREFIX + index)));
    }

    /**
     * The text between the markers: element i is the text of the i-th rendered clause, without
     * the blank lines around it. Text before the first marker (a draft mark) goes to the first clause.
     */
    static List<String> split(String text, int clauses) {
        List<StringBuilder> parts = new ArrayList<>();
        StringBuilder before = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            Matcher matcher = MARKER.matcher(line.strip());
            if (matcher.matches()) {
                parts.add(new StringBuilder());
            } else {
                (parts.isEmpty() ? before : parts.get(parts.size() - 1)).append(line).append('\n');
            }
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < clauses; i++) {
            String part = i < parts.size() ? parts.get(i).toString() : "";
            if (i == 0) {
                part = before + part;
            }
            texts.add(part.strip().isEmpty() ? "" : trimBlankLines(part));
        }
        return texts;
    }

    private static String trimBlankLines(String text) {
        String[] lines = text.split("\n", -1);
        int first = 0;
        int last = lines.length - 1;
        while (lines[first].isBlank()) {
            first++;
        }
        while (lines[last].isBlank()) {
            last--;
        }
        return String.join("\n", java.util.Arrays.asList(lines).subList(first, last + 1)) + "\n";
    }
}

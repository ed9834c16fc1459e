package no.samspill.internal.templates;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line (a longest common subsequence), with three lines of
 * context: what a reviewer reads when a clause's text changed. Clause texts are a few hundred
 * lines at most, so the quadratic table is small.
 */
final class LineDiff {
    private static final int CONTEXT = 3;

    private LineDiff() {}

    /** The hunks, each starting with {@code @@ -a,b +c,d @@}; empty when the texts are equal. */
    static List<String> unified(List<String> before, List<String> after) {
        List<Edit> edits = edits(before, after);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).kind == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // Extend the hunk while the next change is within two contexts of the last one.
            int lastChange = i;
            while (end < edits.size() && end - lastChange <= 2 * CONTEXT) {
                if (edits.get(end).kind != ' ') {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(edits.size(), lastChange + CONTEXT + 1);
            List<Edit> hunk = edits.subList(start, end);
            int oldStart = hunk.get(0).oldLine;
            int newStart = hunk.get(0).newLine;
            long oldCount = hunk.stream().filter(e -> e.kind != '+').count();
            long newCount = hunk.stream().filter(e -> e.kind != '-').count();
            out.add("@@ -" + (oldCount == 0 ? oldStart - 1 : oldStart) + "," + oldCount
                    + " +" + (newCount == 0 ? newStart - 1 : newStart) + "," + newCount + " @@");
            hunk.forEach(e -> out.add(e.kind + e.text));
            i = end;
        }
        return out;
    }

    private static List<Edit> edits(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(' ', a.get(i), i + 1, j + 1));
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                // Removed lines before added ones, as diff and git print them.
                edits.add(new Edit('-', a.get(i), i + 1, j + 1));
                i++;
            } else {
                edits.add(new Edit('+', b.get(j), i + 1, j + 1));
                j++;
            }
        }
        return edits;
    }

    /** One line of the diff; the line numbers are where it is, or would be, in each text (1-based). */
    private record Edit(char kind, String text, int oldLine, int newLine) {}
}

package no.samspill.internal.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A golden snapshot: the text of one example in one language, clause by clause, each clause
 * under a header that records the clause's version when the snapshot was written and a
 * fingerprint of the pack files its text is written from:
 * <pre>
 * ## clause parties@1 (nb) 3f2a9c1b7d4e
 * (the text renderer's text of that clause)
 *
 * ## clause vision@1 (nb) 0c9d41e2aa17
 * ...
 * </pre>
 * The fingerprint tells a change of the clause (which needs a new version) from a change of the
 * example description (which does not).
 */
record Snapshot(Map<String, Entry> clauses) {

    private static final Pattern HEADER =
            Pattern.compile("^## clause ([a-z][a-z0-9-]*)@(\\d+) \\(([a-z]+)\\)(?: ([0-9a-f]+))?$");

    Snapshot {
        clauses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(clauses));
    }

    /**
     * One clause.
     *
     * @param line the 1-based line of its header in the snapshot file (0 for a fresh render)
     * @param text its text, ending with a newline
     * @param fingerprint of the pack files the clause is written from; null in an older snapshot
     */
    record Entry(String id, int version, String language, String text, int line, String fingerprint) {}

    String format() {
        StringBuilder out = new StringBuilder();
        for (Entry entry : clauses.values()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append("## clause ").append(entry.id()).append('@').append(entry.version())
                    .append(" (").append(entry.language()).append(")")
                    .append(entry.fingerprint() == null ? "" : " " + entry.fingerprint())
                    .append('\n').append(entry.text());
        }
        return out.toString();
    }

    /** Reads a snapshot; lines before the first header (there should be none) are ignored. */
    static Snapshot parse(String text) {
        Map<String, Entry> clauses = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        Matcher open = null;
        int openLine = 0;
        List<String> body = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            Matcher header = i < lines.length ? HEADER.matcher(lines[i]) : null;
            if (i == lines.length || header.matches()) {
                if (open != null) {
                    clauses.put(open.group(1), new Entry(open.group(1), Integer.parseInt(open.group(2)), open.group(3),
                            body(body), openLine, open.group(4)));
                }
                open = header;
                openLine = i + 1;
                body = new ArrayList<>();
            } else {
                body.add(lines[i]);
            }
        }
        return new Snapshot(clauses);
    }

    /** The lines of a clause without the blank line that separates it from the next header. */
    private static String body(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isEmpty()) {
            end--;
        }
        return end == 0 ? "" : String.join("\n", lines.subList(0, end)) + "\n";
    }
}

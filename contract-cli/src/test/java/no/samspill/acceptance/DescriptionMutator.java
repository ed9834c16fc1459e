package no.samspill.acceptance;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a description's text, as an attacker or an unlucky paste would make them:
 * hostile text in values (quoted, so that escapes reach the validator) or pasted raw, lines removed,
 * repeated, swapped or re-indented, values of the wrong kind, a file cut short, dates far off.
 */
public final class DescriptionMutator {

    // Text that has broken a reader, a validator or a writer somewhere: controls, halves of
    // surrogate pairs, Markdown and template syntax, nesting, bidi overrides, long runs.
    static final List<String> HOSTILE = List.of(
            "\u000B", "\u0000", "\u0001", "\u001B[2J", "\uFFFE", "\uD800", "\uDC00", "\t", "\u202E",
            "\uD83D\uDE00", "- - - - - - - - - - - - x", "**".repeat(40), "<".repeat(500), "[a](https://x.no/%)",
            "[a](<https://x.no/a b>)", "[a](https://)", "[a](javascript:alert(1))", "${x}", "<#list 1..9 as i>",
            "{#ref}", "{{ x }}", "# Overskrift", "<div>", "> > > > > > x", "`kode`", "1. 2. 3. 4. x",
            "&amp;", "]]>", "\\", "%", "|", "\u00E6\u00F8\u00E5", "\u00A0", "\u2028", "\n\n- a\n  - b\n");

    private DescriptionMutator() {}

    /** A mutated description and the mutations that made it, to name a failing case. */
    public record Mutation(String name, String yaml) {}

    public static Mutation mutate(String example, Random random) {
        List<String> lines = new ArrayList<>(example.lines().toList());
        List<String> applied = new ArrayList<>();
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations && !lines.isEmpty(); m++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            // Half of the mutations put hostile text into values, which most often survive the reader.
            int kind = random.nextInt(14);
            switch (kind < 5 ? 0 : kind < 7 ? 1 : kind - 5) {
                case 0 -> {
                    // Into a value, as a double-quoted scalar, so that escapes reach the validator.
                    int colon = line.indexOf(": ");
                    if (colon > 0 && !line.endsWith("|")) {
                        String value = line.substring(colon + 2);
                        int cut = random.nextInt(value.length() + 1);
                        lines.set(at, line.substring(0, colon + 2) + HostileDescriptions.doubleQuoted(
                                value.substring(0, cut) + pick(HOSTILE, random) + value.substring(cut)));
                        applied.add("hostile value at line " + (at + 1));
                    }
                }
                case 1 -> {
                    // Raw, as pasted: YAML itself may refuse it.
                    String hostile = pick(HOSTILE, random);
                    int cut = random.nextInt(line.length() + 1);
                    lines.set(at, line.substring(0, cut) + hostile + line.substring(cut));
                    applied.add("pasted text at line " + (at + 1));
                }
                case 2 -> {
                    lines.remove(at);
                    applied.add("line " + (at + 1) + " removed");
                }
                case 3 -> {
                    lines.add(at, line);
                    applied.add("line " + (at + 1) + " repeated");
                }
                case 4 -> {
                    int other = random.nextInt(lines.size());
                    lines.set(at, lines.get(other));
                    lines.set(other, line);
                    applied.add("lines " + (at + 1) + " and " + (other + 1) + " swapped");
                }
                case 5 -> {
                    lines.set(at, random.nextBoolean() ? "  " + line : line.replaceFirst("^ {1,2}", ""));
                    applied.add("indentation changed at line " + (at + 1));
                }
                case 6 -> {
                    int colon = line.indexOf(": ");
                    if (colon > 0) {
                        String[] values = {"~", "[]", "{}", "[a, b]", "{ x: 1 }", "-1", "0", "99999999999999999999",
                            "1e400", "true", "\"\"", "P-5Y", "P0D", "P1000Y", "x".repeat(300), "&a", "*a", "!!binary AA=="};
                        lines.set(at, line.substring(0, colon + 2) + values[random.nextInt(values.length)]);
                        applied.add("value replaced at line " + (at + 1));
                    }
                }
                case 7 -> {
                    int keep = random.nextInt(lines.size());
                    lines.subList(keep, lines.size()).clear();
                    applied.add("cut after line " + keep);
                }
                default -> {
                    String date = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d",
                            1 + random.nextInt(9999), 1 + random.nextInt(12), 1 + random.nextInt(28));
                    lines.set(at, line.replaceFirst("\\d{4}-\\d{2}-\\d{2}", date));
                    applied.add("date " + date + " at line " + (at + 1));
                }
            }
        }
        return new Mutation(applied.isEmpty() ? "unchanged" : String.join(", ", applied), String.join("\n", lines) + "\n");
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}

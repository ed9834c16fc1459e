package no.samspill.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One value of the e-health example written in many ways, for every kind of scalar the format
 * has: what the tests hold the validator and the schema to agree on. Each spelling is YAML as
 * a person would type it after the key; nothing here says whether it is valid, the validator does.
 */
final class ScalarSpellings {

    /**
     * @param kind the kind of value, as a test reports it
     * @param line the line of the example that is rewritten
     * @param template that line with {@code %s} where the spelling goes
     * @param spelling the value as written in YAML
     */
    record Case(String kind, String line, String template, String spelling) {
        /** The example with this line rewritten. */
        String applyTo(String example) {
            if (!example.contains(line + "\n")) {
                throw new IllegalStateException("the example has no line \"" + line + "\"");
            }
            return example.replaceFirst(java.util.regex.Pattern.quote(line + "\n"),
                    java.util.regex.Matcher.quoteReplacement(template.formatted(spelling) + "\n"));
        }

        @Override
        public String toString() {
            return kind + ": " + template.formatted(spelling).strip();
        }
    }

    private static final String LONG_REFERENCE = "R".repeat(41);

    /**
     * The spellings the validator rejects and a schema cannot: what is wrong is how the number
     * was written, which a schema never sees (YAML hands over the number), or a rule across
     * fields that is the validator's alone. Each is checked to be rejected by the validator,
     * so that the schema is never let off a value the validator takes.
     */
    static final Map<String, String> BEYOND_A_SCHEMA = Map.ofEntries(
            Map.entry("format version: samspill: 1.0", "1.0 is the number 1 to a schema"),
            Map.entry("whole number: - { forum: relationship, days: 10.0 }", "10.0 is the number 10 to a schema"),
            Map.entry("whole number: - { forum: relationship, days: 1e1 }", "1e1 is the number 10 to a schema"),
            Map.entry("whole number: - { forum: relationship, days: \"181\" }", "the range of a number written as text"),
            Map.entry("whole number: - { forum: relationship, days: \"-1\" }", "the range of a number written as text"),
            Map.entry("number of months: meetingWithinDays: \"61\"", "the range of a number written as text"),
            Map.entry("period: duration: P2W", "the exit plan falls due after the term: across fields"),
            Map.entry("period: duration: P1Y2M3W4D", "a deadline falls after the term: across fields"),
            Map.entry("period: duration: P99999999999Y", "too many years for Java's period"),
            Map.entry("party: responsible: kunde", "a party's id is the description's own"),
            Map.entry("organisation number: orgNumber: 98365872", "a bare number has lost any leading zero"),
            Map.entry("organisation number: orgNumber: \"983 658 726\"", "the check digit"),
            Map.entry("organisation number: orgNumber: 983_658_725", "a number to YAML 1.1, its text is kept"),
            Map.entry("organisation number: orgNumber: 0x3A9F2D85", "a hexadecimal number, its text is kept"),
            Map.entry("number of months: meetingWithinDays: \"1_0\"", "to YAML 1.2 the same text as 1_0, a YAML 1.1 number"),
            Map.entry("clause: - clause: 1e1", "1e1 is the number 10 to a schema"),
            Map.entry("clause: - clause: .5", ".5 is the number 0.5 to a schema"),
            Map.entry("base agreement version: version: 2019", "the catalogue's versions of the agreement"));

    private ScalarSpellings() {}

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        add(cases, "format version", "samspill: 1", "samspill: %s",
                "1", "\"1\"", "1.0", "2", "\"2\"", "\"one\"", "true");
        add(cases, "text", "    reference: \"2026/0412\"", "    reference: %s",
                "\"2026/0412\"", "2018", "20.18", "11.3", "1e3", "-7", "true", "false", "2026-01-01", "0x1F", "017",
                "\"\"", "[2018]", "{ year: 2018 }");
        add(cases, "one-line text", "    contact: { name: Ola Hansen, email: ola.hansen@example.no, phone: \"+47 55 00 00 00\" }",
                "    contact: { name: %s, email: ola.hansen@example.no, phone: \"+47 55 00 00 00\" }",
                "Ola Hansen", "2018", "true", "\"Ola\\nHansen\"", "\"Ola\\u2028Hansen\"", "\"Ola\\tHansen\"");
        add(cases, "reference", "  reference: HNV-2026-017", "  reference: %s",
                "HNV-2026-017", "2026", "20.26", "true", "\"2026/017_a.b\"", "Ærlig-ÆØÅ", "\"日本-17\"", "\"٣٤\"",
                "\"𝔸𝟙\"", "\"Ⅻ\"", "\"a b\"", "\"a:b\"", "\"\"", LONG_REFERENCE, "\"é\"", "\"e\\u0301\"");
        add(cases, "whole number", "    - { forum: relationship, days: 10 }", "    - { forum: relationship, days: %s }",
                "10", "\"10\"", "10.0", "\"10.0\"", "1e1", "+10", "\"+10\"", "010", "\"010\"", "0x0A", "\" 10\"",
                "\"10 \"", "true", "\"ten\"", "180", "181", "\"181\"", "0", "-1", "\"-1\"", "1_0", "\"\"",
                "99999999999999999999", "\"١٠\"");
        add(cases, "true or false", "  parallel: false           # true: generate writes Norwegian and English side by side",
                "  parallel: %s", "false", "true", "\"false\"", "\"true\"", "True", "FALSE", "\"True\"", "0", "1",
                "yes", "\"no\"", "off", "2", "-1", "\"1\"", "\"TRUE\"", "\" true\"", "\"tRUE\"", "~", "\"\"", "");
        add(cases, "date", "  date: 2026-12-01", "  date: %s",
                "2026-12-01", "\"2026-12-01\"", "2026-12-1", "20261201", "2026-12-01T10:00:00", "2026-02-30",
                "\"2026-13-01\"", "\"26-12-01\"", "\"+2026-12-01\"", "\"2026-12-01 \"", "\"2026-12-0١\"");
        add(cases, "period", "    duration: P5Y", "    duration: %s",
                "P5Y", "\"P5Y\"", "p5y", "P5y", "P5Y6M", "P60M", "P2W", "P1Y2M3W4D", "P0D", "-P5Y", "P-5Y",
                "+P5Y", "P+5Y", "-P-5Y", "-P5Y-2M", "P-0Y60M", "P5Y-0M", "-P-0Y-60M", "P0Y0M", "-P0Y", "P99999999999Y", "P", "5Y", "PT5H", "P1.5Y", "P5Y6", "\"P٥Y\"", "\" P5Y\"");
        add(cases, "choice", "  status: draft", "  status: %s",
                "draft", "\"draft\"", "final", "Draft", "DRAFT", "ferdig", "1", "\"draft \"", "true");
        add(cases, "id", "  - id: faster-documentation", "  - id: %s",
                "faster-documentation", "Faster", "a", "a-", "1a", "a_b", "123", "true", "\"true\"", "no",
                "\"a\\n\"", "a" + "b".repeat(39), "a" + "b".repeat(40), "æ");
        add(cases, "party", "        responsible: joint", "        responsible: %s",
                "joint", "customer", "supplier", "Customer", "kunde", "1", "true");
        add(cases, "organisation number", "    orgNumber: \"983 658 725\"", "    orgNumber: %s",
                "\"983 658 725\"", "983658725", "\"983658725\"", "\" 983658725 \"", "\"9 8 3 6 5 8 7 2 5\"",
                "\"983  658725\"", "983 658 725", "\"983-658-725\"", "\"98365872\"", "98365872", "\"9836587250\"",
                "9836587250", "\"983 658 726\"", "\"983\\t658725\"", "\"983 658 72５\"", "\"٩٨٣٦٥٨٧٢٥\"",
                "983_658_725", "0x3A9F2D85", "\"\"", "true");
        add(cases, "clause", "  - clause: \"6.2\"", "  - clause: %s",
                "\"6.2\"", "6.2", "11.3", "6", "\"6\"", "6.20", "\"6.2.1.1\"", "\"6.2.1.1.1\"", "\"123\"", "123",
                "\"6.x\"", "1e1", "-6.2", "\"6.\"", "0.5", ".5", "\"٦.٢\"", "true");
        add(cases, "e-mail address", "    contact: { name: Ola Hansen, email: ola.hansen@example.no, phone: \"+47 55 00 00 00\" }",
                "    contact: { name: Ola Hansen, email: %s, phone: \"+47 55 00 00 00\" }",
                "ola.hansen@example.no", "ola@localhost", "\"ola hansen@example.no\"", "ola", "ola@@example.no",
                "\"æ@example.no\"", "42");
        add(cases, "measure value", "        baseline: 12", "        baseline: %s",
                "12", "\"12\"", "12.5", "-3", "true", "ikke målt", "\"\"", "1e3", "[12]", "{ nb: tolv, en: twelve }");
        add(cases, "number of months", "    meetingWithinDays: 10", "    meetingWithinDays: %s",
                "10", "\"10\"", "60", "61", "\"61\"", "0", "9.5", "~", "\"\"", "", "\"\\t10\"", "\"1 0\"", "\"0x0A\"", "\"1_0\"", "\"10.0\"", "\"+-1\"", "\"２\"");
        add(cases, "list of periods", "    extensions: [P2Y, P1Y]", "    extensions: %s",
                "[P2Y, P1Y]", "[\"P2Y\"]", "[p2y]", "P2Y", "[]", "[P2Y, 2]", "[P2Y, ~]");
        add(cases, "format version", "samspill: 1", "samspill: %s", "\" +01 \"", "\"\u0661\"");
        add(cases, "base agreement version", "    version: \"2018\"", "    version: %s", "2018", "\"2018\"", "2019");
        add(cases, "left empty", "  status: draft", "  status: %s", "~", "", "\"\"");
        add(cases, "left empty", "  date: 2026-12-01", "  date: %s", "~", "", "\"\"");
        add(cases, "left empty", "    extensions: [P2Y, P1Y]", "    extensions: %s", "~", "");
        add(cases, "left empty", "    duration: P5Y", "    duration: P5Y\n    end: %s", "~", "2031-12-31");
        add(cases, "left empty", "    duration: P5Y", "    duration: %s\n    end: 2031-12-31", "~", "\"\"");
        add(cases, "left empty", "    duration: P5Y", "    duration: %s", "~");
        add(cases, "left empty", "    orgNumber: \"983 658 725\"", "    orgNumber: %s", "~");
        add(cases, "left empty", "  - id: faster-documentation", "  - id: %s", "~");
        add(cases, "left empty", "    meetingWithinDays: 10", "    meetingWithinDays: %s", "\"null\"", "\"  \"");
        add(cases, "left empty", "  parallel: false           # true: generate writes Norwegian and English side by side",
                "  parallel: %s", "\"null\"", "\" \"");
        return cases;
    }

    private static void add(List<Case> cases, String kind, String line, String template, String... spellings) {
        for (String spelling : spellings) {
            cases.add(new Case(kind, line, template, spelling));
        }
    }
}

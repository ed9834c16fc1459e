package no.samspill.acceptance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The e-health example, as written in Norwegian only, with one value replaced by hostile text, given as YAML so that it
 * goes through the reader, the validator and the writer as a user's file does. The background
 * stands on its own lines from {@link #BACKGROUND_LINE}, so its problems are expected there.
 */
public final class HostileDescriptions {

    /** The line of {@code background:} in the e-health example. */
    public static final int BACKGROUND_LINE = 33;

    private HostileDescriptions() {}

    public static String example() {
        return resource("/no/samspill/fixtures/ehelse-nb.yaml");
    }

    /** A bundled example's text. */
    public static String example(String name) {
        return resource("/no/samspill/templates/examples/" + name);
    }

    private static String resource(String name) {
        try (InputStream in = HostileDescriptions.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example with its background replaced by this YAML value, written from column 13. */
    public static String withBackground(String yamlValue) {
        String example = example();
        int start = example.indexOf("\nbackground: |\n") + 1;
        int end = example.indexOf("\nvision:", start) + 1;
        if (example.substring(0, start).split("\n", -1).length != BACKGROUND_LINE) {
            throw new IllegalStateException("the example's background moved from line " + BACKGROUND_LINE);
        }
        return example.substring(0, start) + "background: " + yamlValue + "\n\n" + example.substring(end);
    }

    /** The example with its background as a double-quoted YAML string of this text. */
    public static String withBackgroundText(String text) {
        return withBackground(doubleQuoted(text));
    }

    /** The example with its first occurrence of one text replaced by another. */
    public static String replacing(String from, String to) {
        String example = example();
        if (!example.contains(from)) {
            throw new IllegalStateException("the example has no " + from);
        }
        return example.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    /** A YAML double-quoted scalar holding exactly this text, every character outside printable ASCII escaped. */
    public static String doubleQuoted(String text) {
        StringBuilder yaml = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                yaml.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7F) {
                yaml.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                yaml.append(c);
            }
        }
        return yaml.append('"').toString();
    }
}

package no.samspill.internal.templates;

import java.util.Map;

/**
 * The short texts of one language ({@code labels.<lang>.properties}): cover and signature labels,
 * frequency names, role terms. Templates read them with {@code label("key")}.
 */
public final class Labels {
    private final String file;
    private final Map<String, String> texts;

    Labels(String file, Map<String, String> texts) {
        this.file = file;
        this.texts = Map.copyOf(texts);
    }

    /** The label, or an {@link IllegalArgumentException} that names the key and the file. */
    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("there is no label \"" + key + "\" in " + file);
        }
        return text;
    }

    boolean has(String key) {
        return texts.containsKey(key);
    }
}

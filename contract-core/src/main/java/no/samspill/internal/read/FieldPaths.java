package no.samspill.internal.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

/** Field paths in the form of the format reference: {@code governance.forums[0].members[1].party}. */
final class FieldPaths {
    private FieldPaths() {}

    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The path of the value the parser is at (or, at a key, of the value that key names). */
    static String ofCurrentValue(JsonParser parser) {
        return entryPath(containingContext(parser));
    }

    /** The path of the value that {@code context} holds as its current entry. */
    static String ofEntry(JsonStreamContext context) {
        return entryPath(context);
    }

    /**
     * The context that holds the current value as one of its entries. At the opening token of a
     * mapping or list (and at a key inside it) the parser has already entered the new context.
     */
    static JsonStreamContext containingContext(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        JsonToken token = parser.currentToken();
        boolean insideValue = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
        if (insideValue && context.getParent() != null) {
            return context.getParent();
        }
        return context;
    }

    private static String entryPath(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String base = entryPath(context.getParent());
        if (context.inObject()) {
            String name = context.getCurrentName();
            return name == null ? base : child(base, name);
        }
        return element(base, Math.max(context.getCurrentIndex(), 0));
    }
}

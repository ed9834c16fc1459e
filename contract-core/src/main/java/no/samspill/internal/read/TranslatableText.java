package no.samspill.internal.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import no.samspill.model.Language;
import no.samspill.model.Translatable;

/**
 * Reads a {@link Translatable} text: a plain string in the description's language, or a mapping
 * from language to text. The edition's text is kept; a value without it is a problem at the
 * value, and reading goes on with the text the value has, so that the checks after reading do not
 * also call it missing.
 */
final class TranslatableText {
    private TranslatableText() {}

    /** The deserializer for every string: translatable where its property says so, Jackson's own elsewhere. */
    static final class Contextual extends StdScalarDeserializer<String> implements ContextualDeserializer {
        private static final long serialVersionUID = 1L;

        Contextual() {
            super(String.class);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            Translatable translatable = property == null ? null : property.getAnnotation(Translatable.class);
            return translatable == null ? StringDeserializer.instance : new Text(translatable.plainIsShared());
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return StringDeserializer.instance.deserialize(parser, context);
        }
    }

    /** One translatable text value. */
    static final class Text extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        private final boolean plainIsShared;

        Text(boolean plainIsShared) {
            super(String.class);
            this.plainIsShared = plainIsShared;
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.FIELD_NAME) {
                return read(parser, context);
            }
            String path = FieldPaths.ofCurrentValue(parser);
            String text = StringDeserializer.instance.deserialize(parser, context);
            return plainIsShared ? text : plain(ReadSession.of(context), path, text);
        }

        @Override
        public String getNullValue(DeserializationContext context) {
            return null;
        }
    }

    /** Reads a value given per language, the parser at its mapping: the edition's text. */
    static String read(JsonParser parser, DeserializationContext context) throws IOException {
        ReadSession session = ReadSession.of(context);
        // At its first key (as Jackson may hand over a mapping), the parser is inside the mapping already.
        String path = parser.currentToken() == JsonToken.FIELD_NAME
                ? FieldPaths.ofEntry(parser.getParsingContext().getParent())
                : FieldPaths.ofCurrentValue(parser);
        Map<Language, String> texts = new EnumMap<>(Language.class);
        boolean foreignKeys = false;
        JsonToken token = parser.currentToken() == JsonToken.START_OBJECT ? parser.nextToken() : parser.currentToken();
        for (; token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            Language language = language(key);
            String entryPath = FieldPaths.child(path, key);
            if (language == null) {
                session.atKey(entryPath, "\"" + key + "\" is not a language of the format; give the text as nb"
                        + " (Norwegian bokmål) and en (English)");
                foreignKeys = true;
                parser.skipChildren();
            } else if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                // as a plain string is read: `title: 2027` is the text "2027"
                texts.put(language, parser.getText());
            } else if (value.isStructStart()) {
                session.atValue(entryPath, "expected a text, found a "
                        + (value == JsonToken.START_OBJECT ? "mapping" : "list"));
                parser.skipChildren();
            }
        }
        session.languageMap(path);
        String text = texts.get(session.edition());
        if (text == null) {
            // A mapping of nothing but unknown keys is not a text given per language: its keys say it all.
            if (!texts.isEmpty() || !foreignKeys) {
                session.atValue(path, missing(session.edition()));
            }
            return texts.values().stream().findFirst().orElse(null);
        }
        return text;
    }

    /** A plain string belongs to the description's language: in another edition it has no text. */
    static String plain(ReadSession session, String path, String text) {
        if (text != null && session.edition() != session.declared()) {
            session.atValue(path, missing(session.edition()));
        }
        return text;
    }

    static String missing(Language language) {
        return "no " + (language == Language.nb ? "Norwegian" : "English") + " (" + language + ") text";
    }

    private static Language language(String key) {
        for (Language language : Language.values()) {
            if (language.name().equals(key)) {
                return language;
            }
        }
        return null;
    }
}

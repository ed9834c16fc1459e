package no.samspill.internal.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import no.samspill.model.PrincipleEntry;

/**
 * A principles entry: a bare id names a standard principle; a mapping is read by Jackson's own
 * record deserializer, so unknown keys and wrong types there are found as everywhere else.
 */
final class PrincipleEntryDeserializer extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    PrincipleEntryDeserializer(JsonDeserializer<?> recordDeserializer) {
        super(recordDeserializer);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new PrincipleEntryDeserializer(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return PrincipleEntry.standard(parser.getText());
        }
        if (parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.FIELD_NAME) {
            return _delegatee.deserialize(parser, context);
        }
        return context.handleUnexpectedToken(PrincipleEntry.class, parser);
    }
}

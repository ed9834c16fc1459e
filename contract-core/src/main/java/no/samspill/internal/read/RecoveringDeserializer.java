package no.samspill.internal.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;

/**
 * Wraps every deserializer of the model so that a value which cannot be read becomes a problem
 * and a null, and reading goes on with the next value. Jackson stops at the first error; this is
 * what lets one pass report every wrong value of a description.
 */
final class RecoveringDeserializer extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    private final Class<?> expected;

    RecoveringDeserializer(JsonDeserializer<?> delegate, Class<?> expected) {
        super(delegate);
        this.expected = expected;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new RecoveringDeserializer(newDelegatee, expected);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken found = parser.currentToken();
        String text = found != null && found.isScalarValue() ? parser.getText() : null;
        String path = FieldPaths.ofCurrentValue(parser);
        int depth = FieldPaths.containingContext(parser).getNestingDepth();
        boolean mapping = expected.isRecord();
        if (mapping) {
            ReadSession.of(context).enterMapping(path);
        }
        try {
            return _delegatee.deserialize(parser, context);
        } catch (JsonMappingException | InputCoercionException e) {
            // InputCoercionException: a number too large for its field, found by the parser
            ReadSession.of(context).atValue(path, ValueMessages.cannotRead(expected, found, text));
            skipRestOfValue(parser, depth);
            return null;
        } finally {
            if (mapping) {
                ReadSession.of(context).leaveMapping();
            }
        }
    }

    /** Leaves the parser at the last token of the failed value, where a deserializer must end. */
    private static void skipRestOfValue(JsonParser parser, int depth) throws IOException {
        while (parser.getParsingContext().getNestingDepth() > depth && parser.nextToken() != null) {
            // each token read closes a little more of the failed value
        }
    }
}

package no.samspill.internal.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import no.samspill.model.MeasureValue;

/**
 * A baseline or target: a YAML number becomes a decimal, a YAML string is kept as written, and a
 * text may be given per language, as every text the parties write.
 */
final class MeasureValueDeserializer extends StdScalarDeserializer<MeasureValue> {
    private static final long serialVersionUID = 1L;

    MeasureValueDeserializer() {
        super(MeasureValue.class);
    }

    @Override
    public MeasureValue deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return MeasureValue.of(parser.getDecimalValue());
        }
        if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            String path = FieldPaths.ofCurrentValue(parser);
            return MeasureValue.of(TranslatableText.plain(ReadSession.of(context), path, parser.getText()));
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.FIELD_NAME) {
            // a qualitative baseline or target, given per language
            String text = TranslatableText.read(parser, context);
            return text == null ? null : MeasureValue.of(text);
        }
        return (MeasureValue) context.handleUnexpectedToken(MeasureValue.class, parser);
    }
}

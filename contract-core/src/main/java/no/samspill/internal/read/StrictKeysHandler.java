package no.samspill.internal.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Records an unknown key as a problem (with the key the user probably meant) and reads on. */
final class StrictKeysHandler extends DeserializationProblemHandler {

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
            JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
        List<String> known = knownKeys(deserializer);
        String message = "unknown key \"" + propertyName + "\"; " + KeySuggestions.closest(propertyName, known)
                .map(key -> "did you mean \"" + key + "\"?")
                .orElseGet(() -> "the keys allowed here are " + String.join(", ", known));
        ReadSession session = ReadSession.of(context);
        session.atKey(FieldPaths.child(session.mappingPath(), propertyName), message);
        parser.skipChildren();
        return true;
    }

    /** The keys in the order the format lists them: the record's components. */
    private static List<String> knownKeys(JsonDeserializer<?> deserializer) {
        Class<?> type = deserializer.handledType();
        if (type != null && type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toList());
        }
        List<String> names = new ArrayList<>();
        deserializer.getKnownPropertyNames().forEach(name -> names.add(String.valueOf(name)));
        return names;
    }
}

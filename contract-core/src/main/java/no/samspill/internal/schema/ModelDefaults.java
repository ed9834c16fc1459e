package no.samspill.internal.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * The defaults the format names, read from the model itself: a record built with every
 * component absent shows, in its compact constructor's result, what each absent key becomes.
 * Only plain values (a choice, a number, true or false) count as defaults in the schema;
 * an empty list or a nested record is the absence of a value, not a value to suggest.
 */
final class ModelDefaults {

    private final ObjectMapper json;

    ModelDefaults(ObjectMapper json) {
        this.json = json;
    }

    /** The JSON value of the default of a component, or null when it has none. */
    Object of(Class<?> record, String component) {
        if (!record.isRecord()) {
            return null;
        }
        RecordComponent[] components = record.getRecordComponents();
        Object empty = emptyInstance(record, components);
        if (empty == null) {
            return null;
        }
        for (RecordComponent candidate : components) {
            if (candidate.getName().equals(component)) {
                Object value = read(candidate, empty);
                if (value instanceof Enum<?> || value instanceof Number || value instanceof Boolean
                        || value instanceof no.samspill.model.PartyRef) {
                    // through Jackson, so that a choice is written as in YAML (its @JsonValue)
                    return json.valueToTree(value);
                }
                return null;
            }
        }
        return null;
    }

    private static Object emptyInstance(Class<?> record, RecordComponent[] components) {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        if (Arrays.stream(types).anyMatch(Class::isPrimitive)) {
            return null;
        }
        try {
            Constructor<?> canonical = record.getDeclaredConstructor(types);
            return canonical.newInstance(new Object[types.length]);
        } catch (InvocationTargetException e) {
            // a record that refuses to be empty (a measure value is a number or a text) has no defaults
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build an empty " + record.getSimpleName(), e);
        }
    }

    private static Object read(RecordComponent component, Object instance) {
        try {
            return component.getAccessor().invoke(instance);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}

package no.samspill.internal.templates;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A field path of the description such as {@code governance.healthCheck}: checked against the
 * model's records once when the pack is built, then read from a contract at each render.
 */
final class ModelPath {
    private final String path;
    private final List<RecordComponent> steps;

    private ModelPath(String path, List<RecordComponent> steps) {
        this.path = path;
        this.steps = List.copyOf(steps);
    }

    /** The path, or empty with nothing matched when a step names no field. */
    static Optional<ModelPath> of(Class<?> root, String path) {
        List<RecordComponent> steps = new ArrayList<>();
        Class<?> type = root;
        for (String name : path.split("\\.", -1)) {
            RecordComponent found = null;
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.getName().equals(name)) {
                        found = component;
                    }
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            steps.add(found);
            type = found.getType();
        }
        return Optional.of(new ModelPath(path, steps));
    }

    /** Whether the value is there: not null, and not an empty list or a blank text. */
    boolean isPresentIn(Object root) {
        Object value = root;
        for (RecordComponent step : steps) {
            if (value == null) {
                return false;
            }
            try {
                value = step.getAccessor().invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + path, e);
            }
        }
        if (value instanceof Collection) {
            return !((Collection<?>) value).isEmpty();
        }
        if (value instanceof CharSequence) {
            return !value.toString().isBlank();
        }
        return value != null;
    }

    @Override
    public String toString() {
        return path;
    }
}

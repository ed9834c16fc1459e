package no.samspill.internal.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a description starts, by field path ({@code objectives[0].measures[1].id}).
 *
 * <p>Built while reading, so that problems found later (by Bean Validation, whose paths carry no
 * positions, and by the cross-field rules) can point into the file. Immutable once built.
 */
public final class SourceMap {

    private final Map<String, Position> values;
    private final Map<String, Position> keys;

    private SourceMap(Map<String, Position> values, Map<String, Position> keys) {
        this.values = Map.copyOf(values);
        this.keys = Map.copyOf(keys);
    }

    /** A map with no positions: every lookup answers the start of the file. */
    public static SourceMap empty() {
        return new SourceMap(Map.of(), Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Where the value at {@code path} starts, if it was in the file. */
    public Optional<Position> value(String path) {
        return Optional.ofNullable(values.get(path));
    }

    /** Where the key of {@code path} starts, if it was in the file. */
    public Optional<Position> key(String path) {
        return Optional.ofNullable(keys.get(path));
    }

    /**
     * Where the value at {@code path} starts or, for a value that is missing, where its nearest
     * present parent starts: a missing key is reported at the mapping that lacks it.
     */
    public Position valueOrParent(String path) {
        String p = path;
        while (p != null && !p.isEmpty()) {
            Position found = values.get(p);
            if (found != null) {
                return found;
            }
            p = parent(p);
        }
        return Position.START;
    }

    /** The path of the enclosing value: {@code a.b[0].c} → {@code a.b[0]} → {@code a.b} → {@code a} → "". */
    public static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    /** Collects positions while a file is read. Not thread-safe; used by one reader call. */
    public static final class Builder {
        private final Map<String, Position> values = new HashMap<>();
        private final Map<String, Position> keys = new HashMap<>();

        public Builder value(String path, Position position) {
            values.putIfAbsent(path, position);
            return this;
        }

        public Builder key(String path, Position position) {
            keys.putIfAbsent(path, position);
            return this;
        }

        public SourceMap build() {
            return new SourceMap(values, keys);
        }
    }
}

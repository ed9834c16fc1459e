package no.samspill.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import no.samspill.model.Contract;
import no.samspill.model.MeasureValue;
import no.samspill.model.PrincipleEntry;

/**
 * A description as a JSON tree, written the way a description is written in YAML: what a pack's
 * check schemas see. It is the contract as read, so the defaults the model fills in are there
 * ({@code responsible: joint}, the six standard principles, the early-warning meeting's days) and
 * each text is the edition's.
 *
 * <p>Built from the records' components, not by Jackson's serializer: a record's derived methods
 * ({@code isDraft()}, {@code isEmpty()}) must not turn into keys the format does not have.
 */
final class DescriptionTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    // Only for a choice: its @JsonValue, so that it reads as in YAML (status: final).
    private static final ObjectMapper ENUMS = new ObjectMapper();

    private DescriptionTree() {}

    static ObjectNode of(Contract contract) {
        JsonNode tree = node(contract);
        return tree instanceof ObjectNode object ? object : NODES.objectNode();
    }

    /**
     * The value as written, or null for a value a description would leave out: absent, an empty
     * list, a mapping with nothing in it. A list keeps a null item as null, so that the indexes of
     * what follows stay those of the file.
     */
    private static JsonNode node(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof BigDecimal number) {
            return number(number);
        }
        if (value instanceof LocalDate || value instanceof Period) {
            // ISO 8601, as the format writes them: 2027-01-01, P5Y
            return NODES.textNode(value.toString());
        }
        if (value instanceof Enum<?> choice) {
            return ENUMS.valueToTree(choice);
        }
        if (value instanceof no.samspill.model.PartyRef reference) {
            return NODES.textNode(reference.value());
        }
        if (value instanceof MeasureValue measureValue) {
            return measureValue.isNumber() ? number(measureValue.number()) : NODES.textNode(measureValue.text());
        }
        if (value instanceof PrincipleEntry entry && entry.application() == null && entry.title() == null
                && entry.description() == null) {
            // a principle named by its id alone is written as the bare id
            return NODES.textNode(entry.id());
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            for (Object item : list) {
                JsonNode written = node(item);
                array.add(written == null ? NODES.nullNode() : written);
            }
            return array.isEmpty() ? null : array;
        }
        if (value instanceof java.util.Map<?, ?> map) {
            // keyed by the description's own ids (cost shares by party id), in the file's order
            ObjectNode object = NODES.objectNode();
            map.forEach((key, item) -> {
                JsonNode written = node(item);
                object.set(String.valueOf(key), written == null ? NODES.nullNode() : written);
            });
            return object.isEmpty() ? null : object;
        }
        if (value instanceof Record record) {
            return mapping(record);
        }
        throw new IllegalStateException("a description holds no " + value.getClass().getName());
    }

    private static JsonNode mapping(Record record) {
        ObjectNode object = NODES.objectNode();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            JsonNode written = node(read(component, record));
            if (written != null) {
                object.set(component.getName(), written);
            }
        }
        return object.isEmpty() ? null : object;
    }

    /** A whole number as an integer, so that {@code "type": "integer"} holds for a target of 30. */
    private static JsonNode number(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            BigInteger whole = stripped.toBigIntegerExact();
            return whole.bitLength() < 63 ? NODES.numberNode(whole.longValue()) : NODES.numberNode(whole);
        }
        return NODES.numberNode(number);
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}

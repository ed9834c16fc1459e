package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.samspill.model.Contract;
import no.samspill.model.MeasureValue;
import org.junit.jupiter.api.Test;

/**
 * Between them, the bundled examples write every key of the format at least once, so that each
 * clause and each optional field is shown working somewhere (issue: "between them use every field").
 */
class ExamplesCoverTheFormatTest {

    private static final List<String> EXAMPLES = PackCheck.BUNDLED_EXAMPLES.stream().map(name -> name + ".yaml").toList();

    @Test
    void theExamplesTogetherWriteEveryKeyOfTheFormat() throws IOException {
        Set<String> all = new TreeSet<>();
        keysOf(Contract.class, all);
        Set<String> written = new TreeSet<>();
        for (String example : EXAMPLES) {
            try (InputStream in = getClass().getResourceAsStream("/no/samspill/templates/examples/" + example)) {
                walk(new YAMLMapper().readTree(in), Contract.class, written);
            }
        }
        // A term has a duration or an end: the examples show both, in different files.
        all.removeAll(written);
        assertThat(all).as("keys of the format that no example writes").isEmpty();
    }

    /** Every key of a record type, as "Record.key", and of the records it contains. */
    private static void keysOf(Class<?> type, Set<String> into) {
        // A measure value is written as a scalar (a number or a text), not as a mapping.
        if (!type.isRecord() || type == MeasureValue.class || type == no.samspill.model.PartyRef.class) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (into.add(type.getSimpleName() + "." + component.getName())) {
                keysOf(elementType(component.getGenericType()), into);
            }
        }
    }

    private static void walk(JsonNode node, Class<?> type, Set<String> into) {
        if (node == null || !type.isRecord()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> walk(item, type, into));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(field.getKey())) {
                    into.add(type.getSimpleName() + "." + component.getName());
                    walk(field.getValue(), elementType(component.getGenericType()), into);
                }
            }
        }
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Type argument = parameterized.getActualTypeArguments()[0];
            return argument instanceof Class<?> c ? c : Object.class;
        }
        return type instanceof Class<?> c ? c : Object.class;
    }
}

package no.samspill.templates;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import no.samspill.model.Contract;
import no.samspill.model.ContractDetails;
import no.samspill.model.Language;
import no.samspill.model.MeasureValue;
import no.samspill.model.PrincipleEntry;

/**
 * Contracts for tests, read with a bare Jackson mapper: the real reader (with its problems and
 * positions) is not what these tests are about.
 */
final class Contracts {

    static final String EXAMPLE = "/no/samspill/templates/examples/ehelse-ssa-l.yaml";

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule()
                    .addDeserializer(MeasureValue.class, new MeasureValueDeserializer())
                    .addDeserializer(PrincipleEntry.class, new PrincipleEntryDeserializer()))
            .build();

    private Contracts() {}

    static Contract example() {
        try (InputStream in = Contracts.class.getResourceAsStream(EXAMPLE)) {
            return MAPPER.readValue(in, Contract.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Contract read(String yaml) {
        try {
            return MAPPER.readValue(yaml, Contract.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Contract inLanguage(Contract contract, Language language) {
        ContractDetails d = contract.contract();
        ContractDetails details = new ContractDetails(d.title(), d.reference(), language, d.status(), d.date(),
                d.baseAgreement(), d.term());
        return new Contract(contract.samspill(), details, contract.parties(), contract.background(), contract.vision(),
                contract.objectives(), contract.principles(), contract.expectations(), contract.governance(),
                contract.risks(), contract.incentives(), contract.amendments());
    }

    private static final class MeasureValueDeserializer extends JsonDeserializer<MeasureValue> {
        @Override
        public MeasureValue deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return p.currentToken().isNumeric() ? MeasureValue.of(p.getDecimalValue()) : MeasureValue.of(p.getText());
        }
    }

    private static final class PrincipleEntryDeserializer extends JsonDeserializer<PrincipleEntry> {
        @Override
        public PrincipleEntry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return PrincipleEntry.standard(p.getText());
            }
            JsonNode node = p.readValueAsTree();
            return new PrincipleEntry(text(node, "id"), text(node, "application"), text(node, "title"),
                    text(node, "description"));
        }

        private static String text(JsonNode node, String field) {
            return node.hasNonNull(field) ? node.get(field).asText() : null;
        }
    }
}

package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.samspill.ContractGenerator;
import no.samspill.Problem;
import org.junit.jupiter.api.Test;

/**
 * For every kind of scalar the format has, each way of writing a value is judged alike by
 * {@code samspill validate} and by the schema in an independent validator (networknt), with the
 * YAML read as the reader reads it: a value the validator takes, the schema takes; a value it
 * rejects, the schema rejects, but for those {@link ScalarSpellings#BEYOND_A_SCHEMA} names.
 * {@link EditorSchemaTest} holds the YAML language server, which reads YAML 1.2, to the same.
 */
class SchemaAgreesWithTheValidatorTest {

    private static final YAMLMapper YAML_AS_THE_READER_READS_IT = YAMLMapper.builder(YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build()).build();

    @Test
    void everySpellingIsJudgedAlike() throws IOException {
        ContractGenerator generator = ContractGenerator.create();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(generator.schema(),
                InputFormat.JSON, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        String example = Examples.text(Examples.EHELSE);
        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        for (ScalarSpellings.Case spelling : ScalarSpellings.all()) {
            String text = spelling.applyTo(example);
            List<String> errors = generator.validate("spelling.yaml", text).problems().stream()
                    .filter(p -> !p.isWarning()).map(Problem::toString).toList();
            Set<ValidationMessage> messages = schema.validate(YAML_AS_THE_READER_READS_IT.readTree(text));
            boolean beyond = ScalarSpellings.BEYOND_A_SCHEMA.containsKey(spelling.toString());
            if (beyond ? errors.isEmpty() : errors.isEmpty() != messages.isEmpty()) {
                disagreements.add(spelling + "\n    validator: " + errors + "\n    schema: "
                        + messages.stream().map(ValidationMessage::getMessage).toList());
            }
            accepted += errors.isEmpty() ? 1 : 0;
        }
        assertThat(disagreements).as("spellings the validator and the schema judge differently").isEmpty();
        assertThat(accepted).as("spellings on both sides").isBetween(50, ScalarSpellings.all().size() - 50);
    }
}

package no.samspill.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.samspill.catalogue.BaseAgreement;
import no.samspill.catalogue.BaseAgreementCatalogue;
import no.samspill.catalogue.BaseAgreementVersion;
import org.junit.jupiter.api.Test;

class SchemaWriterTest {

    private static final BaseAgreementCatalogue CATALOGUE = new BaseAgreementCatalogue(List.of(
            agreement("SSA-T"), agreement("SSA-A")));

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theBaseAgreementCodesAreThoseOfTheCatalogueInItsOrder() throws IOException {
        JsonNode schema = json.readTree(new SchemaWriter(CATALOGUE).schema());

        assertThat(schema.at("/$defs/BaseAgreementRef/properties/code/enum").toString())
                .isEqualTo("[\"SSA-T\",\"SSA-A\"]");
    }

    @Test
    void theSameCatalogueGivesTheSameTextEveryTime() {
        assertThat(new SchemaWriter(CATALOGUE).schema()).isEqualTo(new SchemaWriter(CATALOGUE).schema());
    }

    @Test
    void propertiesFollowTheOrderOfTheFormat() throws IOException {
        JsonNode schema = json.readTree(new SchemaWriter(CATALOGUE).schema());
        List<String> keys = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(keys::add);

        assertThat(keys).startsWith("samspill", "contract", "parties", "background", "vision", "objectives");
    }

    @Test
    void everyPatternMustMatchTheWholeValueAsTheValidatorsDo() throws IOException {
        List<String> patterns = json.readTree(new SchemaWriter(CATALOGUE).schema()).findValuesAsText("pattern");

        assertThat(patterns).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("^").endsWith(PortablePatterns.END));
    }

    @Test
    void everyDefinitionHasATitleOfItsOwnAndTheRootTheFormats() throws IOException {
        JsonNode schema = json.readTree(new SchemaWriter(CATALOGUE).schema());
        List<String> titles = new ArrayList<>();
        schema.path("$defs").forEach(definition -> titles.add(definition.path("title").asText()));

        assertThat(schema.path("title").asText()).startsWith("samspill contract description");
        assertThat(titles).doesNotContain("").doesNotHaveDuplicates()
                .contains("Forum", "Base agreement", "Escalation step", "Relationship managers", "Principle");
    }

    @Test
    void theTermTakesDurationOrEndWithoutAChoiceOfExactlyOne() throws IOException {
        JsonNode term = json.readTree(new SchemaWriter(CATALOGUE).schema()).at("/$defs/Term");

        assertThat(term.has("oneOf")).as("oneOf makes editors say \"matches multiple schemas\"").isFalse();
        assertThat(term.at("/anyOf").toString()).contains("[\"duration\"]", "[\"end\"]");
        assertThat(term.at("/if/required").toString()).isEqualTo("[\"duration\"]");
        assertThat(term.at("/then/properties/end/type").asText()).as("with a duration, end is empty or left out").isEqualTo("null");
    }

    @Test
    void aReferenceSpellsOutTheLettersAndDigitsJavaKnows() throws IOException {
        String pattern = json.readTree(new SchemaWriter(CATALOGUE).schema())
                .at("/$defs/ContractDetails/properties/reference/pattern").asText();
        java.util.regex.Pattern portable = java.util.regex.Pattern.compile(pattern);
        java.util.regex.Pattern model = java.util.regex.Pattern.compile("[\\p{L}\\p{N}._/-]{1,40}");

        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += 7) {
            if (Character.getType(cp) != Character.SURROGATE) {
                String text = Character.toString(cp);
                assertThat(portable.matcher(text).find()).as("U+%04X", cp).isEqualTo(model.matcher(text).matches());
            }
        }
    }

    @Test
    void rangesAreTheModelsOwnBounds() throws IOException {
        JsonNode defs = json.readTree(new SchemaWriter(CATALOGUE).schema()).path("$defs");

        assertThat(defs.at("/EscalationStep/properties/days/minimum").asInt()).isEqualTo(1);
        assertThat(defs.at("/EscalationStep/properties/days/maximum").asInt()).isEqualTo(180);
        assertThat(defs.at("/BaseAgreementRef/properties/changesAppendix/maximum").asInt()).isEqualTo(30);
        assertThat(defs.at("/EarlyWarning/properties/meetingWithinDays/maximum").asInt()).isEqualTo(60);
        assertThat(defs.at("/Term/properties/extensionNoticeMonths/minimum").asInt()).isEqualTo(1);
        assertThat(defs.at("/Term/properties/extensionNoticeMonths/maximum").asInt()).isEqualTo(24);
    }

    @Test
    void theOptionalProcurementNoticeAndNameFieldsHaveTheirLimitsChoicesAndDefaults() throws IOException {
        JsonNode defs = json.readTree(new SchemaWriter(CATALOGUE).schema()).path("$defs");

        assertThat(defs.at("/ContractDetails/properties/procurement/anyOf/0/$ref").asText()).isEqualTo("#/$defs/Procurement");
        assertThat(defs.at("/ContractDetails/properties/procurement/anyOf/1/type").asText())
                .as("an optional key left empty is a key left out").isEqualTo("null");
        assertThat(defs.at("/ContractDetails/properties/dataProcessingAgreement/anyOf/0/maxLength").asInt()).isEqualTo(200);
        assertThat(defs.at("/ContractDetails/properties/dataProcessingAgreement/anyOf/1/properties/en/maxLength").asInt())
                .as("each language's text has the same limits").isEqualTo(200);
        assertThat(defs.at("/Procurement/properties/name/anyOf/0/maxLength").asInt()).isEqualTo(200);
        assertThat(defs.at("/Procurement/properties/reference/maxLength").asInt()).isEqualTo(100);
        assertThat(defs.at("/Procurement/properties/regulation/default").asText()).isEqualTo("general");
        assertThat(defs.at("/ProcurementRegulation/enum").toString()).isEqualTo("[\"general\",\"utilities\",\"none\"]");
        assertThat(defs.at("/BaseAgreementRef/properties/principlesAmendment/default").asBoolean(true)).isFalse();
        assertThat(defs.at("/Forum/properties/shortName/anyOf/0/maxLength").asInt()).isEqualTo(60);
        assertThat(defs.at("/Forum/properties/shortName/anyOf/1/properties/nb/maxLength").asInt()).isEqualTo(60);
        assertThat(defs.at("/Procurement/properties/reference/anyOf").isMissingNode())
                .as("a reference is the same in every language").isTrue();
        assertThat(defs.at("/ContractDetails/required").toString()).doesNotContain("procurement", "dataProcessingAgreement");
    }

    private static BaseAgreement agreement(String code) {
        return new BaseAgreement(code, code, code, List.of(new BaseAgreementVersion("2020", null, null, null, null)));
    }
}

package no.samspill.internal.schema;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.CustomPropertyDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import no.samspill.catalogue.BaseAgreementCatalogue;
import no.samspill.model.BaseAgreementRef;
import no.samspill.model.Contract;
import no.samspill.model.Language;
import no.samspill.model.MeasureValue;
import no.samspill.model.PartyRef;
import no.samspill.model.Party;
import no.samspill.model.PrincipleEntry;
import no.samspill.model.StandardPrinciple;
import no.samspill.model.Term;
import no.samspill.model.Translatable;
import org.hibernate.validator.constraints.Range;

/**
 * Writes the JSON Schema (draft 2020-12) of the description format, generated from the model
 * records so that it says what the reader and validator accept: keys, types, required keys,
 * patterns, ranges, choices, defaults and the descriptions the records carry.
 *
 * <p>Editors use it for completion and checking as a description is typed (the YAML language
 * server reads a {@code # yaml-language-server: $schema=...} line). Rules that need more than
 * one value, such as unique ids or the organisation number's check digit, stay with the
 * validator: the schema is a helper, {@code samspill validate} is the authority.
 *
 * <p>Output is deterministic: properties in the records' order, definitions by name,
 * two-space indentation, {@code \n} line ends and a final newline. Immutable and thread-safe.
 */
public final class SchemaWriter {

    /** The schema's identifier: the format and its version, not a place to fetch it from. */
    public static final String SCHEMA_ID = "urn:samspill:contract-description:" + Contract.FORMAT_VERSION;

    static final String PERIOD_PATTERN = "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$";

    private final BaseAgreementCatalogue catalogue;
    private static final String SLUG_PATTERN = "^[a-z][a-z0-9-]{0,39}$";

    private final ObjectMapper json = new ObjectMapper();
    private final ModelDefaults defaults = new ModelDefaults(json);
    // one instance: the principle entry's definition asks the generator to skip exactly this provider
    private final CustomDefinitionProviderV2 scalars = this::scalarDefinition;

    public SchemaWriter(BaseAgreementCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** The schema as pretty-printed JSON ending in a newline. */
    public String schema() {
        ObjectNode generated = generator().generateSchema(Contract.class);
        perLanguage(Contract.class, generated);
        generated.get("$defs").fields().forEachRemaining(definition ->
                perLanguage(modelRecord(definition.getKey()), definition.getValue()));
        ObjectNode schema = json.createObjectNode();
        schema.set("$schema", generated.remove("$schema"));
        schema.put("$id", SCHEMA_ID);
        schema.put("title", "samspill contract description, format version " + Contract.FORMAT_VERSION);
        schema.setAll(generated);
        try {
            return json.writer(printer()).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the generated schema cannot be written as JSON", e);
        }
    }

    private SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                json, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
                .with(new JakartaValidationModule(
                        JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                        JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.PLAIN_DEFINITION_KEYS)
                // keep a key's own description even where it repeats its type's: editors show the key's
                .without(Option.DUPLICATE_MEMBER_ATTRIBUTE_CLEANUP_AT_THE_END);

        config.forTypesInGeneral()
                .withCustomDefinitionProvider(scalars)
                .withPropertySorter(SchemaWriter::inRecordOrder)
                .withTypeAttributeOverride((schema, scope, context) -> {
                    if (scope.getType().getErasedType() == Term.class) {
                        exactlyOneOf(schema, "duration", "end");
                    }
                });
        config.forFields()
                .withEnumResolver(this::choices)
                .withDefaultResolver(field -> defaults.of(field.getDeclaringType().getErasedType(), field.getName()))
                .withInstanceAttributeOverride(SchemaWriter::anchorPattern)
                .withCustomDefinitionProvider(this::numberOrText)
                .withInstanceAttributeOverride(SchemaWriter::range);
        return new SchemaGenerator(config.build());
    }

    /** Values the model holds in Java types that YAML writes as strings or as either of two scalars. */
    private CustomDefinition scalarDefinition(ResolvedType type, SchemaGenerationContext context) {
        Class<?> erased = type.getErasedType();
        if (erased == LocalDate.class) {
            return inline(json.createObjectNode().put("type", "string").put("format", "date"));
        }
        if (erased == Period.class) {
            return inline(json.createObjectNode().put("type", "string").put("pattern", PERIOD_PATTERN));
        }
        if (erased == MeasureValue.class) {
            ObjectNode value = json.createObjectNode();
            value.putArray("type").add("number").add("string");
            return inline(value);
        }
        if (erased == PrincipleEntry.class) {
            return principleEntry(type, context);
        }
        if (erased == PartyRef.class) {
            // a side, or the id of a party in a list: a slug either way
            return inline(json.createObjectNode().put("type", "string").put("pattern", SLUG_PATTERN));
        }
        if (java.util.Map.class.isAssignableFrom(erased)) {
            // the model's maps are keyed by a party's id (cost shares, commitments, managers)
            ObjectNode map = json.createObjectNode().put("type", "object");
            map.putObject("propertyNames").put("pattern", SLUG_PATTERN);
            map.set("additionalProperties", context.createDefinitionReference(type.getTypeParameters().get(1)));
            return inline(map);
        }
        return null;
    }

    private CustomDefinition principleEntry(ResolvedType type, SchemaGenerationContext context) {
        ObjectNode byId = json.createObjectNode()
                .put("type", "string")
                .put("description", "A standard principle named by its id: the contract uses the built-in text.");
        ArrayNode ids = byId.putArray("enum");
        Arrays.stream(StandardPrinciple.values()).map(StandardPrinciple::id).forEach(ids::add);
        ObjectNode entry = json.createObjectNode();
        ArrayNode anyOf = entry.putArray("anyOf");
        anyOf.add(byId);
        ObjectNode ownOrApplied = context.createStandardDefinition(type, scalars);
        anyOf.add(ownOrApplied);
        // The record's description is the entry's; the keys of a mapping are the object's alone,
        // so the choice itself takes no type attributes (they would forbid every key).
        JsonNode description = ownOrApplied.remove("description");
        if (description != null) {
            entry.set("description", description);
        }
        return new CustomDefinition(entry, CustomDefinition.DefinitionType.STANDARD,
                CustomDefinition.AttributeInclusion.NO);
    }

    /**
     * Every translatable text may be given as the string the model constrains, or as a mapping
     * with that string per language, whose keys an editor offers as it completes ({@code nb},
     * {@code en}); a list's items one by one, and a textual baseline or target too. Done on the
     * finished definitions, where each property's own schema is complete.
     */
    private void perLanguage(Class<?> record, JsonNode definition) {
        // a principle entry is an id or a mapping: the mapping is one of its alternatives
        definition.path("anyOf").forEach(alternative -> perLanguage(record, alternative));
        JsonNode properties = definition.get("properties");
        if (record == null || properties == null) {
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode property = properties.get(component.getName());
            if (!(property instanceof ObjectNode node)) {
                continue;
            }
            if (component.getType() == MeasureValue.class) {
                eitherPlainOrPerLanguage(node);
            } else if (component.getAccessor().isAnnotationPresent(Translatable.class)) {
                // a map by party id translates its values: each item of each list
                ObjectNode value = node.get("additionalProperties") instanceof ObjectNode mapValue ? mapValue : node;
                eitherPlainOrPerLanguage(value.has("items") ? (ObjectNode) value.get("items") : value);
            }
        }
    }

    private static Class<?> modelRecord(String definitionName) {
        try {
            Class<?> type = Class.forName(Contract.class.getPackageName() + "." + definitionName);
            return type.isRecord() ? type : null;
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private void eitherPlainOrPerLanguage(ObjectNode schema) {
        ObjectNode plain = json.createObjectNode();
        List<String> keys = new ArrayList<>();
        schema.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            if (!key.equals("description") && !key.equals("default")) {
                plain.set(key, schema.remove(key));
            }
        }
        // The forbidding of unknown keys belongs to the mapping alternative, which has its keys.
        plain.remove("additionalProperties");
        schema.putArray("anyOf").add(plain).add(languageMap(plain));
    }

    private ObjectNode languageMap(ObjectNode text) {
        ObjectNode map = json.createObjectNode().put("type", "object");
        ObjectNode properties = map.putObject("properties");
        ObjectNode textOnly = text.deepCopy().put("type", "string");
        properties.set(Language.nb.name(), textOnly.deepCopy().put("description", "The text in Norwegian bokmål."));
        properties.set(Language.en.name(), textOnly.deepCopy().put("description", "The text in English."));
        map.put("additionalProperties", false);
        map.put("minProperties", 1);
        return map;
    }

    private static CustomDefinition inline(ObjectNode schema) {
        return new CustomDefinition(schema, CustomDefinition.DefinitionType.INLINE,
                CustomDefinition.AttributeInclusion.YES);
    }

    private List<?> choices(FieldScope field) {
        if (isComponent(field, Contract.class, "samspill")) {
            return List.of(Contract.FORMAT_VERSION);
        }
        if (isComponent(field, BaseAgreementRef.class, "code")) {
            return catalogue.codes();
        }
        return null;
    }

    /**
     * Bean Validation matches a pattern against the whole value, JSON Schema looks for it
     * anywhere in the value: anchoring keeps the meaning.
     */
    private static void anchorPattern(ObjectNode schema, FieldScope field, SchemaGenerationContext context) {
        JsonNode pattern = schema.get("pattern");
        if (pattern != null && pattern.isTextual() && !pattern.asText().startsWith("^")) {
            schema.put("pattern", "^(?:" + pattern.asText() + ")$");
        }
    }

    /**
     * Hibernate Validator's range composes the standard minimum and maximum with their widest
     * bounds, which is all a generic reader of annotations sees: the range's own bounds count.
     */
    private static void range(ObjectNode schema, FieldScope field, SchemaGenerationContext context) {
        Range range = field.getAnnotationConsideringFieldAndGetterIfSupported(Range.class);
        if (range != null) {
            schema.put("minimum", range.min());
            schema.put("maximum", range.max());
        }
    }

    /**
     * The organisation number is text, but the reader also takes it written as a bare number,
     * as a YAML editor would show {@code orgNumber: 983658725}.
     */
    private CustomPropertyDefinition numberOrText(FieldScope field, SchemaGenerationContext context) {
        if (!isComponent(field, Party.class, "orgNumber") || field.isFakeContainerItemScope()) {
            return null;
        }
        ObjectNode schema = json.createObjectNode();
        schema.putArray("type").add("string").add("integer");
        return new CustomPropertyDefinition(schema, CustomDefinition.AttributeInclusion.YES);
    }

    private void exactlyOneOf(ObjectNode schema, String first, String second) {
        ArrayNode oneOf = schema.putArray("oneOf");
        oneOf.addObject().putArray("required").add(first);
        oneOf.addObject().putArray("required").add(second);
    }

    private static boolean isComponent(MemberScope<?, ?> member, Class<?> record, String name) {
        return member.getDeclaringType().getErasedType() == record && member.getName().equals(name);
    }

    /** Record components in declaration order, which is the order the format documents them. */
    private static int inRecordOrder(MemberScope<?, ?> first, MemberScope<?, ?> second) {
        return Comparator.<MemberScope<?, ?>>comparingInt(SchemaWriter::componentIndex)
                .thenComparing(MemberScope::getSchemaPropertyName)
                .compare(first, second);
    }

    private static int componentIndex(MemberScope<?, ?> member) {
        RecordComponent[] components = member.getDeclaringType().getErasedType().getRecordComponents();
        if (components != null) {
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(member.getName())) {
                    return i;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}

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
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import no.samspill.catalogue.BaseAgreementCatalogue;
import no.samspill.model.BaseAgreementRef;
import no.samspill.model.Contract;
import no.samspill.model.Language;
import no.samspill.model.MeasureValue;
import no.samspill.model.OneLine;
import no.samspill.model.PartyRef;
import no.samspill.model.Party;
import no.samspill.model.PrincipleEntry;
import no.samspill.model.Slug;
import no.samspill.model.StandardPrinciple;
import no.samspill.model.Amendment;
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

    /**
     * The YAML language server's keyword for the message a failed pattern gives, in place of
     * the expression; other engines ignore it, as JSON Schema has them ignore unknown keywords.
     */
    static final String PATTERN_MESSAGE = "patternErrorMessage";
    /** The YAML language server's keyword for the message any failure of a schema gives. */
    static final String ERROR_MESSAGE = "errorMessage";

    /**
     * The text forms of scalars that Jackson reads an empty text as no value for, and whether
     * it reads the text {@code null} so too.
     */
    private static final Map<String, Boolean> EMPTY_IS_ABSENT = Map.of(ScalarForms.WHOLE_NUMBER_TEXT, true,
            ScalarForms.BOOLEAN_TEXT, true, ScalarForms.NUMBER_TEXT, true, ScalarForms.PERIOD, false);

    private static final String SLUG_PATTERN = PortablePatterns.fromJava(Slug.class.getAnnotation(
            jakarta.validation.constraints.Pattern.class).regexp());
    private static final String SLUG_MESSAGE = sentence((String) defaultMessage(Slug.class));

    /** Definitions whose record name reads badly as a title. */
    private static final Map<String, String> TITLES = new TreeMap<>(Map.of(
            "BaseAgreementRef", "BaseAgreement",
            "PrincipleEntry", "Principle",
            "PartyRef", "Party"));

    /** The schema's identifier: the format and its version, not a place to fetch it from. */
    public static final String SCHEMA_ID = "urn:samspill:contract-description:" + Contract.FORMAT_VERSION;

    private final BaseAgreementCatalogue catalogue;

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
        textForms(Contract.class, generated);
        perLanguage(Contract.class, generated);
        generated.get("$defs").fields().forEachRemaining(definition -> {
            textForms(modelRecord(definition.getKey()), definition.getValue());
            perLanguage(modelRecord(definition.getKey()), definition.getValue());
            optionalMayBeEmpty(definition.getValue());
        });
        optionalMayBeEmpty(generated);
        ObjectNode definitions = (ObjectNode) generated.get("$defs");
        List<String> names = new ArrayList<>();
        definitions.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            ObjectNode titled = json.createObjectNode().put("title", title(name));
            titled.setAll((ObjectNode) definitions.get(name));
            definitions.set(name, titled);
        }
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
                        oneButNotBoth(schema, "duration", "end");
                    }
                });
        config.forFields()
                .withEnumResolver(this::choices)
                .withDefaultResolver(field -> defaults.of(field.getDeclaringType().getErasedType(), field.getName()))
                .withInstanceAttributeOverride(SchemaWriter::portablePattern)
                .withCustomDefinitionProvider(this::numberOrText)
                .withInstanceAttributeOverride(SchemaWriter::range)
                .withInstanceAttributeOverride(SchemaWriter::emailShape);
        return new SchemaGenerator(config.build());
    }

    /** Values the model holds in Java types that YAML writes as strings or as either of two scalars. */
    private CustomDefinition scalarDefinition(ResolvedType type, SchemaGenerationContext context) {
        Class<?> erased = type.getErasedType();
        if (erased == LocalDate.class) {
            ObjectNode date = json.createObjectNode();
            ArrayNode anyOf = date.putArray("anyOf");
            anyOf.addObject().put("type", "string").put("format", "date");
            anyOf.addObject().put("type", "string").put("pattern", ScalarForms.SPACED_DATE);
            return inline(date);
        }
        if (erased == Period.class) {
            return inline(json.createObjectNode().put("type", "string").put("pattern", ScalarForms.PERIOD)
                    .put(PATTERN_MESSAGE, ScalarForms.PERIOD_MESSAGE));
        }
        if (erased == Integer.class || erased == int.class || erased == Long.class || erased == long.class) {
            return inline(types("integer", "string").put("pattern", ScalarForms.WHOLE_NUMBER_TEXT)
                    .put(PATTERN_MESSAGE, ScalarForms.WHOLE_NUMBER_MESSAGE));
        }
        if (erased == BigDecimal.class) {
            return inline(types("number", "string").put("pattern", ScalarForms.NUMBER_TEXT)
                    .put(PATTERN_MESSAGE, ScalarForms.NUMBER_MESSAGE));
        }
        if (erased == Boolean.class || erased == boolean.class) {
            // Jackson takes any whole number for true or false: 0 is false, every other true
            return inline(types("boolean", "integer", "string").put("pattern", ScalarForms.BOOLEAN_TEXT)
                    .put(PATTERN_MESSAGE, ScalarForms.BOOLEAN_MESSAGE));
        }
        if (erased == MeasureValue.class) {
            // a number, or a text: a YAML true or false is read as the text
            return inline(types("number", "string", "boolean"));
        }
        if (erased == PrincipleEntry.class) {
            return principleEntry(type, context);
        }
        if (erased == PartyRef.class) {
            // a side, or the id of a party in a list: a slug either way
            return inline(json.createObjectNode().put("type", "string").put("pattern", SLUG_PATTERN)
                    .put(PATTERN_MESSAGE, SLUG_MESSAGE));
        }
        if (java.util.Map.class.isAssignableFrom(erased)) {
            // the model's maps are keyed by a party's id (cost shares, commitments, managers)
            ObjectNode map = json.createObjectNode().put("type", "object");
            map.putObject("propertyNames").put("pattern", SLUG_PATTERN).put(PATTERN_MESSAGE, SLUG_MESSAGE);
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
        // each language's text is read as a plain text is: the same forms
        ObjectNode textOnly = text.deepCopy();
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
        if (isComponent(field, BaseAgreementRef.class, "code")) {
            return catalogue.codes();
        }
        return null;
    }

    /**
     * Bean Validation matches a pattern against the whole value, JSON Schema looks for it
     * anywhere in the value: anchoring keeps the meaning. The expression is rewritten in the
     * subset every schema engine reads alike, and the constraint's own message goes with it
     * for editors that show one (the YAML language server does) instead of the expression.
     */
    private static void portablePattern(ObjectNode schema, FieldScope field, SchemaGenerationContext context) {
        JsonNode pattern = schema.get("pattern");
        if (pattern != null && pattern.isTextual() && !pattern.asText().startsWith("^")) {
            schema.put("pattern", PortablePatterns.fromJava(pattern.asText()));
            String message = patternMessage(field);
            if (message != null) {
                schema.put(PATTERN_MESSAGE, message);
            }
        }
    }

    /** The message of the constraint that gave the field its pattern: its own, or that of the annotation it is part of. */
    private static String patternMessage(FieldScope field) {
        for (Class<? extends Annotation> type : List.of(jakarta.validation.constraints.Pattern.class, Slug.class, OneLine.class)) {
            Annotation annotation = field.isFakeContainerItemScope()
                    ? field.getContainerItemAnnotationConsideringFieldAndGetterIfSupported(type)
                    : field.getAnnotationConsideringFieldAndGetterIfSupported(type);
            if (annotation != null) {
                String message = messageOf(annotation);
                if (!message.startsWith("{")) {
                    return sentence(message);
                }
            }
        }
        return null;
    }

    private static Object defaultMessage(Class<? extends Annotation> constraint) {
        try {
            return constraint.getMethod("message").getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a constraint without a message: " + constraint, e);
        }
    }

    private static String messageOf(Annotation annotation) {
        try {
            return (String) annotation.annotationType().getMethod("message").invoke(annotation);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("a constraint without a message: " + annotation, e);
        }
    }

    /** A validator's message, which follows the value ("is not a valid id: ..."), as a sentence of its own. */
    private static String sentence(String message) {
        String text = message.startsWith("is ") ? message.substring(3) : message;
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1) + (text.endsWith(".") ? "" : ".");
    }

    /**
     * Where the model wants text the reader also takes a YAML number or true or false, as the
     * text it is written as ({@code version: 2018}): the schema takes those too, where the
     * text they stand for could pass the field's pattern. A field whose pattern takes some
     * numbers and not others says which in {@link #numbersAsText}. Done on the finished
     * definitions, where each property's type and pattern are both known.
     */
    private void textForms(Class<?> record, JsonNode definition) {
        definition.path("anyOf").forEach(alternative -> textForms(record, alternative));
        JsonNode properties = definition.get("properties");
        if (record == null || properties == null) {
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            if (!(properties.get(component.getName()) instanceof ObjectNode property)) {
                continue;
            }
            if (record == Contract.class && component.getName().equals("samspill")) {
                formatVersion(property);
                continue;
            }
            // a text, a list of texts, or a map by party id of lists of texts
            ObjectNode value = property.get("additionalProperties") instanceof ObjectNode mapValue ? mapValue : property;
            ObjectNode text = value.get("items") instanceof ObjectNode items ? items : value;
            if (isText(component)) {
                textOrScalar(text, record, component.getName());
            }
        }
    }

    private static boolean isText(RecordComponent component) {
        java.lang.reflect.Type type = component.getGenericType();
        while (type instanceof java.lang.reflect.ParameterizedType parameterized) {
            java.lang.reflect.Type[] arguments = parameterized.getActualTypeArguments();
            type = arguments[arguments.length - 1];
        }
        return type == String.class;
    }

    private void textOrScalar(ObjectNode schema, Class<?> record, String name) {
        JsonNode declared = schema.get("type");
        if (declared == null || !declared.isTextual() || !declared.asText().equals("string")
                || schema.has("format") || schema.has("enum") || schema.has("const")) {
            return;
        }
        if (numbersAsText(schema, record, name)) {
            return;
        }
        JsonNode pattern = schema.get("pattern");
        Pattern compiled = pattern == null ? null : Pattern.compile(pattern.asText());
        Boolean numbers = compiled == null ? Boolean.TRUE : ScalarForms.takesEveryNumber(compiled);
        Boolean booleans = compiled == null ? Boolean.TRUE : ScalarForms.takesBothBooleans(compiled);
        if (numbers == null || booleans == null) {
            throw new IllegalStateException("the pattern of " + record.getSimpleName() + "." + name
                    + " takes some numbers or booleans as text and not others;"
                    + " say in the schema writer which the reader accepts");
        }
        if (numbers || booleans) {
            ArrayNode types = types(schema, "string");
            if (numbers) {
                types.add("number");
            }
            if (booleans) {
                types.add("boolean");
            }
        }
    }

    /** Fields whose pattern some numbers pass: the numbers, as YAML gives them, that may stand for the text. */
    private boolean numbersAsText(ObjectNode schema, Class<?> record, String name) {
        if (record == Amendment.class && name.equals("clause")) {
            // 11.3 as a YAML number is the text "11.3": a clause number is below 100
            types(schema, "string", "number");
            schema.put("minimum", 0);
            schema.put("exclusiveMaximum", 100);
            return true;
        }
        return false;
    }

    /**
     * The format version is a whole number, 1, which the reader also takes as text: a range of
     * one number rather than a constant, so that the text form keeps to a pattern of its own.
     */
    private void formatVersion(ObjectNode schema) {
        types(schema, "integer", "string");
        schema.put("pattern", ScalarForms.ONE_TEXT);
        // one message for every way to get it wrong: 2, "2" or a text
        schema.remove(PATTERN_MESSAGE);
        schema.put(ERROR_MESSAGE, ScalarForms.FORMAT_VERSION_MESSAGE);
        schema.put("minimum", Contract.FORMAT_VERSION);
        schema.put("maximum", Contract.FORMAT_VERSION);
        schema.put("default", Contract.FORMAT_VERSION);
    }

    /** Sets the schema's types, where its type was: editors and readers find it first. */
    private static ArrayNode types(ObjectNode schema, String... names) {
        ObjectNode rest = schema.deepCopy();
        schema.removeAll();
        ArrayNode types = schema.putArray("type");
        Arrays.stream(names).forEach(types::add);
        rest.remove("type");
        schema.setAll(rest);
        return types;
    }

    private ObjectNode types(String... names) {
        ObjectNode schema = json.createObjectNode();
        ArrayNode types = schema.putArray("type");
        Arrays.stream(names).forEach(types::add);
        return schema;
    }

    /**
     * Editors check {@code format: email} by a rule of their own, stricter than the validator's
     * ({@code ola@localhost} is an address to Hibernate Validator, not to the YAML language
     * server): the schema asks only for what every address has, text, an {@code @} and a domain
     * without spaces, and leaves the rest to the validator.
     */
    private static void emailShape(ObjectNode schema, FieldScope field, SchemaGenerationContext context) {
        JsonNode format = schema.get("format");
        if (format != null && format.asText().equals("email")) {
            schema.remove("format");
            schema.put("pattern", ScalarForms.EMAIL);
            schema.put(PATTERN_MESSAGE, ScalarForms.EMAIL_MESSAGE);
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
        // The text's form is the validator's: nine digits once the spaces are gone. A bare
        // number has lost any leading zero, so any number of up to nine digits may be one.
        ObjectNode schema = types("string", "integer")
                .put("pattern", ScalarForms.ORGANISATION_NUMBER)
                .put(PATTERN_MESSAGE, ScalarForms.ORGANISATION_NUMBER_MESSAGE)
                .put("minimum", 0)
                .put("maximum", 999_999_999);
        return new CustomPropertyDefinition(schema, CustomDefinition.AttributeInclusion.YES);
    }

    /**
     * One of two keys and not both. Written as "one of them" and "the second not with the
     * first" rather than {@code oneOf}, so that an editor says what is wrong ("Missing property",
     * "Property end is not allowed") instead of "matches multiple schemas".
     */
    private void oneButNotBoth(ObjectNode schema, String first, String second) {
        String message = "Give " + first + " or " + second + ": one of them, not both.";
        ArrayNode anyOf = schema.putArray("anyOf");
        anyOf.add(given(first, message));
        anyOf.add(given(second, message));
        schema.set("if", given(first, null));
        schema.putObject("then").putObject("properties").putObject(second).put("type", "null").put(ERROR_MESSAGE, message);
    }

    /** The key has a value: to the reader, a key left empty is a key left out. */
    private ObjectNode given(String key, String message) {
        ObjectNode given = json.createObjectNode();
        given.putArray("required").add(key);
        ObjectNode value = given.putObject("properties").putObject(key)
                .put("type", "string")
                .put("pattern", "^[\\s\\S]*[^\\u0000-\\u0020][\\s\\S]*" + PortablePatterns.END);
        if (message != null) {
            given.put(ERROR_MESSAGE, message);
            value.put(ERROR_MESSAGE, message);
        }
        return given;
    }

    /**
     * The reader takes a key given no value ({@code status:}, {@code status: ~}) as a key left
     * out, and for a number or true or false also an empty text: so an optional key may be
     * empty. Done last, on each finished mapping.
     */
    private void optionalMayBeEmpty(JsonNode definition) {
        definition.path("anyOf").forEach(this::optionalMayBeEmpty);
        if (!(definition.get("properties") instanceof ObjectNode properties)) {
            return;
        }
        List<String> required = new ArrayList<>();
        definition.path("required").forEach(key -> required.add(key.asText()));
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (!required.contains(name) && properties.get(name) instanceof ObjectNode property) {
                mayBeEmpty(property);
            }
        }
    }

    private void mayBeEmpty(ObjectNode property) {
        JsonNode type = property.get("type");
        if (type != null && !property.has("enum") && !property.has("const")) {
            ArrayNode types = type.isArray() ? (ArrayNode) type : types(property, type.asText());
            types.add("null");
            JsonNode pattern = property.get("pattern");
            Boolean textualNull = pattern == null ? null : EMPTY_IS_ABSENT.get(pattern.asText());
            if (textualNull != null) {
                property.put("pattern", "^" + PortablePatterns.TRIMMED + "(?:" + (textualNull ? "null|" : "")
                        + pattern.asText().substring(1).replace(PortablePatterns.END, "") + ")?" + PortablePatterns.END);
            }
        } else if (property.get("anyOf") instanceof ArrayNode anyOf) {
            anyOf.addObject().put("type", "null");
        } else if (property.has("$ref")) {
            ObjectNode ref = json.createObjectNode().set("$ref", property.remove("$ref"));
            ObjectNode rest = property.deepCopy();
            property.removeAll();
            property.putArray("anyOf").add(ref).addObject().put("type", "null");
            property.setAll(rest);
        }
    }

    /** A definition's title, for an editor's hover: its record's name as words ("Base agreement"). */
    private static String title(String definition) {
        String name = TITLES.getOrDefault(definition, definition);
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(c);
            }
        }
        return words.toString();
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

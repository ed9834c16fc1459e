package no.samspill.internal.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.JsonValidator;
import com.networknt.schema.Keyword;
import com.networknt.schema.KeywordFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationContext;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.InputStreamSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.samspill.Problem;
import no.samspill.SchemaCheck;
import no.samspill.model.Contract;

/**
 * The checks a template pack adds: each a JSON Schema that the description, as read, must meet
 * ({@link DescriptionTree} is what the schema sees). Every place that fails a check's schema is
 * one finding of that check, at the place, with the pack's message.
 *
 * <p>Each schema is parsed once, when the validator is built, and checked then: against its
 * draft's meta-schema, for keywords no draft has (a misspelt {@code maximun} would otherwise be
 * ignored, and the check would never find anything), and for references out of it. A pack's
 * schema is the pack's, and samspill reads nothing for a pack but its own files: it may not make
 * samspill fetch a schema from the network or read one from the disk. Immutable and safe to share
 * between threads; networknt's compiled schemas are.
 */
final class SchemaChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The longest detail of the validator's own worth adding to a pack's message; longer ones quote whole subschemas. */
    private static final int DETAIL_LIMIT = 100;

    private final List<Compiled> checks;

    /** @throws InvalidCheckSchemaException when a schema cannot be run */
    SchemaChecks(List<SchemaCheck> added) {
        List<Compiled> compiled = new ArrayList<>();
        for (SchemaCheck check : added) {
            compiled.add(new Compiled(check, compile(check)));
        }
        this.checks = List.copyOf(compiled);
    }

    /** Reports each place of {@code contract} that fails a check's schema, once per check and place. */
    void check(Contract contract, ProblemSink sink) {
        if (checks.isEmpty()) {
            return;
        }
        ObjectNode description = DescriptionTree.of(contract);
        for (Compiled compiled : checks) {
            // A place can fail a schema several ways (a type and a range; each branch of an anyOf);
            // the pack's message says what is wrong there once.
            Map<String, String> details = new LinkedHashMap<>();
            for (ValidationMessage error : compiled.schema().validate(description)) {
                details.putIfAbsent(path(error), detail(error));
            }
            details.forEach((path, detail) -> sink.report(compiled.check().check(), path,
                    detail.isEmpty() ? compiled.check().message() : compiled.check().message() + " (" + detail + ")"));
        }
    }

    /**
     * Where a finding is, as the project writes paths: {@code objectives[0].measures[1].target}.
     * A missing property is the property's path, as a missing value is for the format's own
     * problems: the finding is then placed at the nearest value the file has.
     */
    static String path(ValidationMessage error) {
        String at = path(error.getInstanceLocation());
        String property = switch (error.getType()) {
            case "required", "additionalProperties", "unevaluatedProperties", "propertyNames" -> error.getProperty();
            // its arguments are the missing property, then the one that requires it
            case "dependentRequired" -> String.valueOf(error.getArguments()[0]);
            default -> null;
        };
        if (property == null) {
            return at;
        }
        return Problem.DOCUMENT_PATH.equals(at) ? property : at + "." + property;
    }

    /** A JSON pointer's segments ({@code /objectives/0/measures/1}) as a path ({@code objectives[0].measures[1]}). */
    static String path(JsonNodePath pointer) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < pointer.getNameCount(); i++) {
            Object segment = pointer.getElement(i);
            if (segment instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(segment);
            }
        }
        return path.length() == 0 ? Problem.DOCUMENT_PATH : path.toString();
    }

    /** The validator's own words for what failed, when they are short enough to help. */
    private static String detail(ValidationMessage error) {
        String detail = error.getError() == null ? "" : error.getError().strip();
        return detail.length() > DETAIL_LIMIT || detail.lines().count() > 1 ? "" : detail;
    }

    // ---- compiling a schema

    private static JsonSchema compile(SchemaCheck check) {
        String code = check.check().code();
        JsonNode parsed;
        try {
            parsed = JSON.readTree(check.schema());
        } catch (JsonProcessingException e) {
            throw new InvalidCheckSchemaException(code, "", "is not JSON: " + firstLine(e.getOriginalMessage()), e);
        }
        if (!(parsed instanceof ObjectNode schema)) {
            throw new InvalidCheckSchemaException(code, "", "is not a JSON Schema: it must be a mapping of keywords", null);
        }
        Draft draft = draft(code, schema);
        List<ValidationMessage> invalid = new ArrayList<>(draft.metaSchema().validate(schema));
        if (!invalid.isEmpty()) {
            ValidationMessage deepest = deepest(invalid);
            throw new InvalidCheckSchemaException(code, deepest.getInstanceLocation().toString(),
                    "is not valid under " + draft.name() + ": " + deepest.getError().strip(), null);
        }
        // The draft is chosen above; the factory's own lookup of $schema would take another spelling
        // of the same draft for a dialect of its own, without the check for unknown keywords.
        ObjectNode body = schema.deepCopy();
        body.remove("$schema");
        try {
            JsonSchema compiled = draft.factory().getSchema(body, Draft.CHECKING);
            compiled.initializeValidators();
            return compiled;
        } catch (RuntimeException e) {
            UnknownKeyword unknown = cause(e, UnknownKeyword.class);
            if (unknown != null) {
                String suggestion = Suggestions.closest(unknown.keyword, draft.keywords())
                        .map(k -> "; did you mean \"" + k + "\"?").orElse("");
                throw new InvalidCheckSchemaException(code, unknown.location, "uses the keyword \"" + unknown.keyword
                        + "\", which " + draft.name() + " does not have" + suggestion, e);
            }
            OutsideReference outside = cause(e, OutsideReference.class);
            if (outside != null) {
                throw new InvalidCheckSchemaException(code, "", "refers to \"" + outside.iri + "\", outside itself;"
                        + " a check's schema must be whole: refer only within it, as \"$ref\": \"#/$defs/...\"", e);
            }
            throw new InvalidCheckSchemaException(code, "", "cannot be run: " + firstLine(e.getMessage()), e);
        }
    }

    private static Draft draft(String code, ObjectNode schema) {
        JsonNode named = schema.get("$schema");
        if (named == null) {
            return Draft.of(VersionFlag.V202012);
        }
        VersionFlag version = named.isTextual() ? Draft.DRAFTS.get(bare(named.textValue())) : null;
        if (version == null) {
            throw new InvalidCheckSchemaException(code, "/$schema", "names " + named + " in \"$schema\", which is"
                    + " not a draft samspill runs; leave \"$schema\" out for draft 2020-12, or name draft 2019-09, 7,"
                    + " 6 or 4", null);
        }
        return Draft.of(version);
    }

    /** Of the meta-schema's complaints, the one deepest in the schema: the most precise. */
    private static ValidationMessage deepest(List<ValidationMessage> errors) {
        ValidationMessage deepest = errors.get(0);
        for (ValidationMessage error : errors) {
            if (error.getInstanceLocation().getNameCount() > deepest.getInstanceLocation().getNameCount()) {
                deepest = error;
            }
        }
        return deepest;
    }

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
        return line.length() <= 160 ? line : line.substring(0, 160) + "...";
    }

    private static String bare(String iri) {
        String bare = iri.endsWith("#") ? iri.substring(0, iri.length() - 1) : iri;
        return bare.replaceFirst("^https?://", "");
    }

    private record Compiled(SchemaCheck check, JsonSchema schema) {}

    /**
     * One draft, as checks run it: a factory that refuses keywords the draft does not have and
     * schemas outside the one given, and the draft's meta-schema. Everything of the validator's is
     * held here rather than in the outer class, so that a pack without checks of its own loads none
     * of the validator's classes.
     */
    private record Draft(VersionFlag version, JsonSchemaFactory factory, JsonSchema metaSchema, Set<String> keywords) {

        /** The drafts a schema may name in {@code $schema}, by their identifiers without scheme or trailing {@code #}. */
        private static final Map<String, VersionFlag> DRAFTS = Map.of(
                bare(SchemaId.V202012), VersionFlag.V202012,
                bare(SchemaId.V201909), VersionFlag.V201909,
                bare(SchemaId.V7), VersionFlag.V7,
                bare(SchemaId.V6), VersionFlag.V6,
                bare(SchemaId.V4), VersionFlag.V4);

        private static final Map<VersionFlag, String> NAMES = Map.of(
                VersionFlag.V202012, "draft 2020-12", VersionFlag.V201909, "draft 2019-09",
                VersionFlag.V7, "draft 7", VersionFlag.V6, "draft 6", VersionFlag.V4, "draft 4");

        /** Where a finding is, and the validator's messages in English whatever the machine's language. */
        private static final SchemaValidatorsConfig CHECKING = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();

        /**
         * A schema against its meta-schema: formats asserted, so that a {@code pattern} that is not a
         * regular expression fails here, where its place in the schema is known.
         */
        private static final SchemaValidatorsConfig META = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .formatAssertionsEnabled(true)
                .build();

        /** A keyword the draft does not have fails the schema where it stands, instead of being ignored. */
        private static final KeywordFactory UNKNOWN_KEYWORD = (String keyword, ValidationContext context) -> new Keyword() {
            @Override
            public String getValue() {
                return keyword;
            }

            @Override
            public JsonValidator newValidator(SchemaLocation location, JsonNodePath evaluationPath, JsonNode node,
                    JsonSchema parent, ValidationContext validationContext) {
                JsonNodePath fragment = location.getFragment();
                throw new UnknownKeyword(keyword, fragment == null ? "" : fragment.toString());
            }
        };

        private static final Map<VersionFlag, Draft> LOADED = new ConcurrentHashMap<>();

        static Draft of(VersionFlag version) {
            return LOADED.computeIfAbsent(version, Draft::load);
        }

        String name() {
            return NAMES.get(version);
        }

        static Draft load(VersionFlag version) {
            JsonMetaSchema standard = switch (version) {
                case V4 -> JsonMetaSchema.getV4();
                case V6 -> JsonMetaSchema.getV6();
                case V7 -> JsonMetaSchema.getV7();
                case V201909 -> JsonMetaSchema.getV201909();
                default -> JsonMetaSchema.getV202012();
            };
            JsonMetaSchema strict = JsonMetaSchema.builder(standard).unknownKeywordFactory(UNKNOWN_KEYWORD).build();
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(version, builder -> builder
                    .metaSchema(strict)
                    .schemaLoaders(loaders -> loaders.add(SchemaChecks::onlyTheDrafts)));
            JsonSchemaFactory plain = JsonSchemaFactory.getInstance(version, builder -> builder
                    .schemaLoaders(loaders -> loaders.add(SchemaChecks::onlyTheDrafts)));
            JsonSchema metaSchema = plain.getSchema(SchemaLocation.of(iri(version)), META);
            metaSchema.initializeValidators();
            return new Draft(version, factory, metaSchema, Set.copyOf(standard.getKeywords().keySet()));
        }

        private static String iri(VersionFlag version) {
            return switch (version) {
                case V4 -> SchemaId.V4;
                case V6 -> SchemaId.V6;
                case V7 -> SchemaId.V7;
                case V201909 -> SchemaId.V201909;
                default -> SchemaId.V202012;
            };
        }
    }

    /**
     * Lets the validator read the drafts' meta-schemas, which it maps to its own jar, and nothing
     * else: a reference out of the schema fails when the check is built, never fetches.
     */
    private static InputStreamSource onlyTheDrafts(AbsoluteIri iri) {
        String address = iri.toString();
        if (address.startsWith("classpath:draft/") || address.startsWith("classpath:draft-0")) {
            return null;
        }
        throw new OutsideReference(address);
    }

    private static final class UnknownKeyword extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String keyword;
        final String location;

        UnknownKeyword(String keyword, String location) {
            super("unknown keyword " + keyword, null, false, false);
            this.keyword = keyword;
            this.location = location;
        }
    }

    private static final class OutsideReference extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String iri;

        OutsideReference(String iri) {
            super("a reference out of the schema: " + iri, null, false, false);
            this.iri = iri;
        }
    }
}

package no.samspill.internal.templates;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.Check;
import no.samspill.CheckConfiguration;
import no.samspill.SchemaCheck;
import no.samspill.Severity;
import no.samspill.TemplateException;
import no.samspill.catalogue.BaseAgreementCatalogue;
import no.samspill.internal.validate.CheckCatalogue;
import no.samspill.internal.validate.ContractValidator;
import no.samspill.internal.validate.InvalidCheckSchemaException;
import no.samspill.internal.validate.Suggestions;

/**
 * The {@code checks} section of {@code pack.yaml}: the built-in checks the pack switches off and
 * the checks it adds, each a JSON Schema written as YAML. Every mistake is a
 * {@link TemplateException} naming {@code pack.yaml} and the line, found when the pack is loaded,
 * not when the first description is validated.
 *
 * <pre>
 * checks:
 *   off: [survey-small-group]
 *   add:
 *     - code: early-warning-within-a-week
 *       severity: error
 *       summary: The parties meet within 7 days of an early warning.
 *       message: the parties must meet within 7 days of an early warning
 *       schema: { properties: { governance: ... } }
 * </pre>
 */
final class ManifestChecks {

    private static final String KEY = "checks";
    private static final List<String> SECTION_KEYS = List.of("off", "add");
    private static final List<String> CHECK_KEYS = List.of("code", "severity", "summary", "message", "schema");
    private static final String CODE_RULE = "lower-case letters and digits in words joined by hyphens, at most 60"
            + " characters, such as early-warning-within-a-week";

    private final Map<String, Integer> lines;

    private ManifestChecks(String yaml) {
        this.lines = lines(yaml);
    }

    /**
     * The checks {@code section} configures; every built-in check and nothing more when the
     * manifest has no {@code checks}.
     *
     * @param section the value of {@code checks} in the manifest, or null
     * @param yaml the manifest's text, for the lines of the messages
     */
    static CheckConfiguration read(JsonNode section, String yaml) {
        if (section == null || section.isNull()) {
            return CheckConfiguration.BUILT_IN;
        }
        return new ManifestChecks(yaml).configuration(section);
    }

    private CheckConfiguration configuration(JsonNode section) {
        JsonPointer at = JsonPointer.compile("/" + KEY);
        if (!section.isObject()) {
            throw error(at, "\"checks\" is a mapping with \"off\" (built-in checks to switch off) and \"add\""
                    + " (the pack's own checks)");
        }
        unknownKeys(section, at, SECTION_KEYS, "checks");
        Set<String> off = off(section.get("off"), at.appendProperty("off"));
        List<SchemaCheck> added = added(section.get("add"), at.appendProperty("add"));
        CheckConfiguration configuration = new CheckConfiguration(off, added);
        verifySchemas(configuration, at.appendProperty("add"));
        return configuration;
    }

    private Set<String> off(JsonNode list, JsonPointer at) {
        Set<String> off = new LinkedHashSet<>();
        List<JsonNode> entries = list(list, at, "\"checks.off\" is a list of the codes of built-in checks, such as"
                + " [survey-small-group]");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            JsonPointer here = at.appendIndex(i);
            String code = entry.isTextual() ? entry.textValue() : null;
            if (!Check.isCode(code)) {
                throw error(here, (code == null ? "an entry of \"checks.off\" is not a check code"
                        : "\"" + code + "\" is not a check code") + ": a code is " + CODE_RULE);
            }
            if (!CheckCatalogue.BY_CODE.containsKey(code)) {
                String suggestion = Suggestions.closest(code, CheckCatalogue.BY_CODE.keySet())
                        .map(c -> "; did you mean \"" + c + "\"?").orElse("");
                throw error(here, "\"" + code + "\" is not a built-in check, so it cannot be switched off" + suggestion);
            }
            if (CheckCatalogue.ALWAYS_ON.contains(code)) {
                throw error(here, "the check \"" + code + "\" cannot be switched off: the contract cannot be written"
                        + " without what it requires");
            }
            if (!off.add(code)) {
                throw error(here, "the check \"" + code + "\" is switched off twice");
            }
        }
        return off;
    }

    private List<SchemaCheck> added(JsonNode list, JsonPointer at) {
        List<SchemaCheck> added = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        List<JsonNode> entries = list(list, at, "\"checks.add\" is a list of checks, each with " + quoted(CHECK_KEYS));
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            JsonPointer here = at.appendIndex(i);
            if (!entry.isObject()) {
                throw error(here, "a check of \"checks.add\" is a mapping with " + quoted(CHECK_KEYS));
            }
            unknownKeys(entry, here, CHECK_KEYS, "a check");
            List<String> missing = CHECK_KEYS.stream().filter(k -> entry.get(k) == null || entry.get(k).isNull()).toList();
            if (!missing.isEmpty()) {
                throw error(here, "the check needs " + quoted(CHECK_KEYS) + "; it has no " + quoted(missing));
            }
            String code = text(entry, here, "code");
            if (!Check.isCode(code)) {
                throw error(here.appendProperty("code"), "\"" + code + "\" is not a check code: a code is " + CODE_RULE);
            }
            if (CheckCatalogue.BY_CODE.containsKey(code)) {
                throw error(here.appendProperty("code"), "\"" + code + "\" is the code of a built-in check; give the"
                        + " pack's check a code of its own");
            }
            Integer earlier = codes.putIfAbsent(code, line(here.appendProperty("code")));
            if (earlier != null) {
                throw error(here.appendProperty("code"), "the code \"" + code + "\" is used by the check at line "
                        + earlier + " too; give each check a code of its own");
            }
            String severity = text(entry, here, "severity");
            if (!severity.equals("error") && !severity.equals("warning")) {
                throw error(here.appendProperty("severity"), "the severity of a check is error or warning, not \""
                        + severity + "\"");
            }
            String summary = oneLine(entry, here, "summary");
            String message = oneLine(entry, here, "message");
            JsonNode schema = entry.get("schema");
            if (!schema.isObject()) {
                throw error(here.appendProperty("schema"), "the schema of a check is a JSON Schema written as a YAML"
                        + " mapping, such as { properties: { vision: { maxLength: 400 } } }");
            }
            Severity weight = severity.equals("error") ? Severity.ERROR : Severity.WARNING;
            added.add(new SchemaCheck(new Check(code, weight, summary), message, schema.toString()));
        }
        return added;
    }

    /**
     * Builds the schemas as validation will, so that a schema that cannot run fails the pack at its
     * line in pack.yaml. The checks are what the validator compiles; its catalogue plays no part.
     */
    private void verifySchemas(CheckConfiguration configuration, JsonPointer at) {
        if (configuration.added().isEmpty()) {
            return;
        }
        try {
            new ContractValidator(new BaseAgreementCatalogue(List.of()), configuration);
        } catch (InvalidCheckSchemaException e) {
            int index = 0;
            while (index < configuration.added().size()
                    && !configuration.added().get(index).check().code().equals(e.code())) {
                index++;
            }
            JsonPointer schema = at.appendIndex(index).appendProperty("schema");
            String where = e.location().isEmpty() ? "" : " (at " + e.location() + ")";
            throw new TemplateException(PackManifest.FILE, line(schema.append(pointer(e.location()))),
                    "the schema of the check \"" + e.code() + "\" " + e.problem() + where, e);
        } catch (IllegalArgumentException e) {
            // The codes were checked above; what is left is a rule of the validator's own.
            throw error(at, e.getMessage());
        }
    }

    private static JsonPointer pointer(String location) {
        try {
            return JsonPointer.compile(location);
        } catch (IllegalArgumentException notAPointer) {
            return JsonPointer.empty();
        }
    }

    private List<JsonNode> list(JsonNode node, JsonPointer at, String what) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw error(at, what);
        }
        List<JsonNode> entries = new ArrayList<>();
        node.forEach(entries::add);
        return entries;
    }

    private void unknownKeys(JsonNode mapping, JsonPointer at, List<String> known, String what) {
        for (String key : (Iterable<String>) mapping::fieldNames) {
            if (!known.contains(key)) {
                String suggestion = Suggestions.closest(key, known).map(k -> "; did you mean \"" + k + "\"?")
                        .orElse("; the keys of " + what + " are " + quoted(known));
                throw error(at.appendProperty(key), "unknown key \"" + key + "\"" + suggestion);
            }
        }
    }

    private String text(JsonNode entry, JsonPointer at, String key) {
        JsonNode value = entry.get(key);
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw error(at.appendProperty(key), "the " + key + " of a check is a text");
        }
        return value.textValue().strip();
    }

    private String oneLine(JsonNode entry, JsonPointer at, String key) {
        String text = text(entry, at, key);
        if (text.lines().count() > 1) {
            throw error(at.appendProperty(key), "the " + key + " of a check is one line, as a finding is");
        }
        return text;
    }

    private TemplateException error(JsonPointer at, String message) {
        return new TemplateException(PackManifest.FILE, line(at), message, null);
    }

    /** The line of the value at {@code at}, or of the nearest enclosing value the file has. */
    private int line(JsonPointer at) {
        for (JsonPointer p = at; p != null; p = p.head()) {
            Integer line = lines.get(p.toString());
            if (line != null) {
                return line;
            }
        }
        return 0;
    }

    /**
     * Where each key and value of the manifest starts, by JSON pointer: the line of a key for a
     * mapping's entry, the line of the value for a list's item. Jackson's tree keeps no lines.
     */
    private static Map<String, Integer> lines(String yaml) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                JsonStreamContext context = parser.getParsingContext();
                // A mapping or list that starts is in a context of its own; its place is its parent's.
                JsonStreamContext owner = token.isStructStart() && context.getParent() != null ? context.getParent() : context;
                if (token == JsonToken.FIELD_NAME || token.isStructStart() || token.isScalarValue()) {
                    lines.putIfAbsent(owner.pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException | RuntimeException e) {
            // the manifest was read already; a line not found is reported as unknown
        }
        return lines;
    }

    private static String quoted(List<String> items) {
        List<String> quoted = items.stream().map(i -> "\"" + i + "\"").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }
}

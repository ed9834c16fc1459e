package no.samspill.internal.templates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.samspill.CheckConfiguration;
import no.samspill.TemplateException;

/**
 * {@code pack.yaml}: the pack's name, its languages, its clauses in document order, and how it
 * changes the checks validation runs.
 *
 * @param clauses the clause templates, each rendered from {@code clauses/<id>.<lang>.md.ftl}
 * @param checks the built-in checks the pack switches off and the checks it adds ({@link ManifestChecks})
 */
public record PackManifest(String name, List<String> languages, List<Clause> clauses, CheckConfiguration checks) {

    public static final String FILE = "pack.yaml";

    public PackManifest {
        languages = List.copyOf(languages);
        clauses = List.copyOf(clauses);
        Objects.requireNonNull(checks, "checks must not be null");
    }

    /**
     * One clause.
     *
     * @param when a field path of the description; the clause appears only when that value is
     *     present (and, for a list or a text, not empty). Null: always.
     */
    public record Clause(String id, int version, String when) {
        public String template(String language) {
            return "clauses/" + id + "." + language + ".md.ftl";
        }
    }

    static PackManifest read(String yaml) {
        ManifestFile file;
        try {
            file = new YAMLMapper().readValue(yaml, ManifestFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new TemplateException(FILE, e.getLocation().getLineNr(), "unknown key \"" + e.getPropertyName() + "\"", e);
        } catch (JsonMappingException e) {
            // Jackson's message for a value of the wrong kind quotes the value, and a file that is
            // not a manifest at all (a link to some other file) is one value: the whole file.
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new TemplateException(FILE, line, "this is not a valid pack manifest: " + wrongValue(e), e);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new TemplateException(FILE, line, "this is not a valid pack manifest: " + firstLine(e.getOriginalMessage()), e);
        }
        if (file == null || file.name() == null || file.languages() == null || file.clauses() == null) {
            throw new TemplateException(FILE, 1, "the manifest needs \"name\", \"languages\" and \"clauses\"", null);
        }
        Set<String> ids = new HashSet<>();
        for (ClauseEntry entry : file.clauses()) {
            if (entry.id() == null || !entry.id().matches("[a-z][a-z0-9-]{0,39}")) {
                throw new TemplateException(FILE, lineOf(yaml, "id: " + entry.id()),
                        "a clause id must be a lower-case identifier, not \"" + entry.id() + "\"", null);
            }
            if (!ids.add(entry.id())) {
                throw new TemplateException(FILE, lineOf(yaml, "id: " + entry.id()),
                        "the clause \"" + entry.id() + "\" is listed twice", null);
            }
            if (entry.version() == null) {
                throw new TemplateException(FILE, lineOf(yaml, "id: " + entry.id()),
                        "the clause \"" + entry.id() + "\" needs a version", null);
            }
        }
        return new PackManifest(file.name(), file.languages(),
                file.clauses().stream().map(e -> new Clause(e.id(), e.version(), e.when())).toList(),
                ManifestChecks.read(file.checks(), yaml));
    }

    private static String wrongValue(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce("", (a, b) -> a.isEmpty() || b.startsWith("[") ? a + b : a + "." + b);
        return path.isEmpty()
                ? "it must be a mapping with \"name\", \"languages\" and \"clauses\""
                : "the value of \"" + path + "\" has the wrong form";
    }

    /** One line of a parser's message, never more than a line of the file. */
    static String firstLine(String message) {
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
        return line.length() <= 160 ? line : line.substring(0, 160) + "...";
    }

    /** The first line holding the text, for messages about a value Jackson has already read. */
    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** {@code checks} is read as a tree, so that ManifestChecks can name the line of each mistake in it. */
    private record ManifestFile(String name, List<String> languages, List<ClauseEntry> clauses, JsonNode checks) {}

    private record ClauseEntry(String id, Integer version, String when) {}
}

package no.samspill.internal.templates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.samspill.TemplateException;

/**
 * {@code pack.yaml}: the pack's name, its languages, and its clauses in document order.
 *
 * @param clauses the clause templates, each rendered from {@code clauses/<id>.<lang>.md.ftl}
 */
public record PackManifest(String name, List<String> languages, List<Clause> clauses) {

    public static final String FILE = "pack.yaml";

    public PackManifest {
        languages = List.copyOf(languages);
        clauses = List.copyOf(clauses);
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
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new TemplateException(FILE, line, "this is not a valid pack manifest: " + e.getOriginalMessage(), e);
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
                file.clauses().stream().map(e -> new Clause(e.id(), e.version(), e.when())).toList());
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

    private record ManifestFile(String name, List<String> languages, List<ClauseEntry> clauses) {}

    private record ClauseEntry(String id, Integer version, String when) {}
}

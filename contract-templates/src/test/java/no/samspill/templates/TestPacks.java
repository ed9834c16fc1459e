package no.samspill.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes small user packs into a temporary directory: a manifest and the clauses a test needs. */
final class TestPacks {
    private final Path directory;
    private final Map<String, String> clauses = new LinkedHashMap<>();
    private final Map<String, String> conditions = new LinkedHashMap<>();

    private TestPacks(Path directory) {
        this.directory = directory;
    }

    static TestPacks in(Path directory) {
        return new TestPacks(directory);
    }

    /** A clause in Norwegian only (the test pack declares only nb). */
    TestPacks clause(String id, String template) {
        clauses.put(id, template);
        return this;
    }

    TestPacks clauseWhen(String id, String when, String template) {
        conditions.put(id, when);
        return clause(id, template);
    }

    FreemarkerTemplatePack build() {
        StringBuilder manifest = new StringBuilder("name: test\nlanguages: [nb]\nclauses:\n");
        clauses.forEach((id, template) -> {
            manifest.append("  - id: ").append(id).append("\n    version: 1\n");
            if (conditions.containsKey(id)) {
                manifest.append("    when: ").append(conditions.get(id)).append('\n');
            }
            write("clauses/" + id + ".nb.md.ftl", template);
        });
        write("pack.yaml", manifest.toString());
        return FreemarkerTemplatePack.fromDirectory(directory);
    }

    TestPacks write(String relativePath, String content) {
        try {
            Path file = directory.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}

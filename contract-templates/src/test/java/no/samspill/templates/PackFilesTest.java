package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import no.samspill.model.StandardPrinciple;
import org.junit.jupiter.api.Test;

/** The built-in pack is complete in both its languages: no clause, principle or label only in one. */
class PackFilesTest {

    private static final String PACK = "/no/samspill/templates/pack/";

    @Test
    void everyClauseInTheManifestHasATemplateInBokmalAndInEnglish() throws IOException {
        JsonNode manifest;
        try (InputStream in = resource("pack.yaml")) {
            manifest = new YAMLMapper().readTree(in);
        }
        List<String> languages = new ArrayList<>();
        manifest.get("languages").forEach(l -> languages.add(l.asText()));
        List<String> missing = new ArrayList<>();
        int clauses = 0;
        for (JsonNode clause : manifest.get("clauses")) {
            clauses++;
            for (String language : languages) {
                String path = "clauses/" + clause.get("id").asText() + "." + language + ".md.ftl";
                if (PackFilesTest.class.getResource(PACK + path) == null) {
                    missing.add(path);
                }
            }
        }

        assertThat(languages).containsExactlyInAnyOrder("nb", "en");
        assertThat(clauses).isGreaterThan(20);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyStandardPrincipleHasItsTextInBokmalAndInEnglish() {
        for (StandardPrinciple principle : StandardPrinciple.values()) {
            for (String language : List.of("nb", "en")) {
                assertThat(PackFilesTest.class.getResource(PACK + "principles/" + principle.id() + "." + language + ".md.ftl"))
                        .as("principles/%s.%s.md.ftl", principle.id(), language).isNotNull();
            }
        }
    }

    @Test
    void bothLabelFilesHaveTheSameKeysAndNoEmptyLabel() {
        Properties nb = labels("nb");
        Properties en = labels("en");

        assertThat(nb.stringPropertyNames()).isNotEmpty().containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(nb.stringPropertyNames()).allSatisfy(key -> {
            assertThat(nb.getProperty(key)).as("nb: %s", key).isNotBlank();
            assertThat(en.getProperty(key)).as("en: %s", key).isNotBlank();
        });
    }

    private static Properties labels(String language) {
        Properties properties = new Properties();
        try (InputStream in = resource("labels." + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static InputStream resource(String name) {
        InputStream in = PackFilesTest.class.getResourceAsStream(PACK + name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}

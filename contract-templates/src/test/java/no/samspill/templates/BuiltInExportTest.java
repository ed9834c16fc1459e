package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltInExportTest {

    private static final Path SOURCE = Path.of("src/main/resources/no/samspill/templates/pack");

    @TempDir
    Path directory;

    @Test
    void theExportWritesEveryFileOfTheBuiltInPackByteForByte() throws IOException {
        List<String> written = FreemarkerTemplatePack.exportBuiltIn(directory);

        assertThat(written).containsExactlyInAnyOrderElementsOf(files(SOURCE));
        for (String file : written) {
            assertThat(Files.mismatch(SOURCE.resolve(file), directory.resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    @Test
    void theClausesOfAPackListTheirVersionLanguagesConditionAndWhichTemplatesAreOwn() throws IOException {
        Files.createDirectories(directory.resolve("clauses"));
        Files.writeString(directory.resolve("clauses/vision.nb.md.ftl"), "## Visjon {#vision}\n\n<@text vision/>\n");

        PackClause risks = FreemarkerTemplatePack.builtIn().clause("risks").orElseThrow();
        PackClause vision = FreemarkerTemplatePack.fromDirectory(directory).clause("vision").orElseThrow();

        assertThat(risks).isEqualTo(new PackClause("risks", 6, List.of("nb", "en"), "risks",
                List.of("clauses/risks.nb.md.ftl", "clauses/risks.en.md.ftl"), List.of()));
        assertThat(vision.ownTemplates()).containsExactly("clauses/vision.nb.md.ftl");
        assertThat(FreemarkerTemplatePack.builtIn().clauses()).extracting(PackClause::id).startsWith("cover", "parties");
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        }
    }
}

package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.samspill.TemplateException;
import no.samspill.doc.Document;
import no.samspill.render.TextRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack reads only its own files: a link out of the directory is refused by its real path, a
 * file that is not UTF-8 is named with its line, and no message quotes more than a line.
 */
class PackSafetyTest {

    private static final String SECRET = "root:x:0:0:root:/root:/bin/bash";

    @TempDir
    Path pack;

    @TempDir
    Path outside;

    private Path secret(String name, String content) throws IOException {
        return Files.writeString(outside.resolve(name), content, StandardCharsets.UTF_8);
    }

    private TestPacks visionPack() {
        return TestPacks.in(pack).clause("vision", "## Visjon\n\n${label(\"cover.customer\")}\n");
    }

    @Test
    void labelsLinkedOutOfThePackAreRefusedAndNotQuoted() throws IOException {
        Files.createSymbolicLink(pack.resolve("labels.nb.properties"),
                secret("labels.properties", "cover.customer=" + SECRET + "\n"));

        assertThatThrownBy(() -> visionPack().build())
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).isEqualTo("labels.nb.properties");
                    assertThat(e.getMessage()).contains("outside the template directory")
                            .doesNotContain(SECRET, outside.toString());
                });
    }

    @Test
    void aManifestLinkedOutOfThePackIsRefusedAndNotQuoted() throws IOException {
        visionPack().build();
        Files.delete(pack.resolve("pack.yaml"));
        Files.createSymbolicLink(pack.resolve("pack.yaml"), secret("passwd", SECRET + "\ndaemon:x:1:1:daemon\n"));

        assertThatThrownBy(() -> FreemarkerTemplatePack.fromDirectory(pack))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).isEqualTo("pack.yaml");
                    assertThat(e.getMessage()).doesNotContain("root:x", "daemon");
                });
    }

    @Test
    void aCatalogueLinkedOutOfThePackIsRefused() throws IOException {
        Files.createSymbolicLink(pack.resolve("catalogue.yaml"), secret("catalogue.yaml", "agreements: []\n"));

        assertThatThrownBy(() -> visionPack().build())
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.template()).isEqualTo("catalogue.yaml"));
    }

    @Test
    void aTemplateLinkedOutOfThePackIsRefusedWithItsName() throws IOException {
        visionPack().build();
        Path template = pack.resolve("clauses/vision.nb.md.ftl");
        Files.delete(template);
        Files.createSymbolicLink(template, secret("vision.ftl", "## " + SECRET + "\n"));

        assertThatThrownBy(() -> FreemarkerTemplatePack.fromDirectory(pack))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).isEqualTo("clauses/vision.nb.md.ftl");
                    assertThat(e.getMessage()).contains("outside the template directory").doesNotContain(SECRET);
                });
    }

    @Test
    void aLinkedFolderOfTemplatesOutOfThePackIsRefused() throws IOException {
        Files.createDirectories(outside.resolve("clauses"));
        Files.writeString(outside.resolve("clauses/vision.nb.md.ftl"), "## " + SECRET + "\n");
        Files.createSymbolicLink(pack.resolve("clauses"), outside.resolve("clauses"));
        Files.writeString(pack.resolve("pack.yaml"), "name: t\nlanguages: [nb]\nclauses:\n  - { id: vision, version: 1 }\n");

        assertThatThrownBy(() -> FreemarkerTemplatePack.fromDirectory(pack))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.template()).isEqualTo("clauses/vision.nb.md.ftl"));
    }

    @Test
    void linksInsideThePackAndAPackThatIsItselfALinkStillWork() throws IOException {
        visionPack().write("shared/labels.properties", "cover.customer=Oppdragsgiveren vår\n").build();
        Files.createSymbolicLink(pack.resolve("labels.nb.properties"), pack.resolve("shared/labels.properties"));
        Path linkedPack = Files.createSymbolicLink(outside.resolve("pack-link"), pack);

        Document document = FreemarkerTemplatePack.fromDirectory(linkedPack).render(Contracts.example());

        assertThat(new TextRenderer().render(document)).contains("Oppdragsgiveren vår");
    }

    @Test
    void aManifestThatIsNotUtf8IsNamedWithItsLine() throws IOException {
        visionPack().build();
        Files.write(pack.resolve("pack.yaml"), bytes("name: t\nlanguages: [nb]\n# Visjon og m\u00e5l\nclauses:\n  - { id: vision, version: 1 }\n"));

        assertThatThrownBy(() -> FreemarkerTemplatePack.fromDirectory(pack))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).isEqualTo("pack.yaml");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("pack.yaml is not UTF-8 text at line 3").doesNotContain("Input length");
                });
    }

    @Test
    void labelsThatAreNotUtf8AreNamedWithTheirLine() throws IOException {
        Files.write(pack.resolve("labels.nb.properties"), bytes("cover.date=Dato\ncover.customer=Oppdragsgiver (bestiller) \u00e6\n"));

        assertThatThrownBy(() -> visionPack().build())
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).isEqualTo("labels.nb.properties");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).doesNotContain("Input length");
                });
    }

    @Test
    void aTemplateThatIsNotUtf8IsNamedWithItsLine() throws IOException {
        visionPack().build();
        Files.write(pack.resolve("clauses/vision.nb.md.ftl"), bytes("## Visjon\n\nM\u00e5l.\n"));

        assertThatThrownBy(() -> FreemarkerTemplatePack.fromDirectory(pack))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).isEqualTo("clauses/vision.nb.md.ftl");
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void aManifestThatIsOneLongTextIsReportedWithoutQuotingIt() throws IOException {
        visionPack().build();
        Files.writeString(pack.resolve("pack.yaml"), "Dette er ikke et manifest,\n men en lang tekst som fortsetter med HEMMELIG\n");

        assertThatThrownBy(() -> FreemarkerTemplatePack.fromDirectory(pack))
                .isInstanceOfSatisfying(TemplateException.class, e ->
                        assertThat(e.getMessage()).contains("pack.yaml:").doesNotContain("HEMMELIG"));
    }

    @Test
    void aPackFileOverTheSizeLimitIsRefused() throws IOException {
        visionPack().build();
        Files.writeString(pack.resolve("clauses/vision.nb.md.ftl"), "Tekst.\n".repeat(200_000));

        assertThatThrownBy(() -> FreemarkerTemplatePack.fromDirectory(pack))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.getMessage()).contains("larger than 1 MB"));
    }

    /** The text in Latin-1, as an editor set to Windows-1252 saves it. */
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}

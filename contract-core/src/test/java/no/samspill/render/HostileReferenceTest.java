package no.samspill.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import no.samspill.ContractException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reference document gives a contract its styles and page setup, and nothing that would make
 * the contract something other than a plain Word document.
 */
class HostileReferenceTest {

    @TempDir
    Path directory;

    private Map<String, String> rendered(String name, byte[] reference) throws Exception {
        Path file = Files.write(directory.resolve(name), reference);
        byte[] docx = DocxRenderer.builder().reference(file).build().render(ContractFixture.relationalContract());
        return DocxPackageReader.parts(docx);
    }

    @Test
    void a_template_reference_gives_a_plain_document() throws Exception {
        Map<String, String> parts = rendered("firmamal.dotx", HostileReferences.dotx());

        assertThat(parts.get("[Content_Types].xml")).contains(HostileReferences.DOCUMENT_TYPE)
                .doesNotContain(HostileReferences.TEMPLATE_TYPE);
    }

    @Test
    void a_macro_enabled_reference_brings_no_macros() throws Exception {
        Map<String, String> parts = rendered("firmamal.docm", HostileReferences.docm());

        assertThat(parts).doesNotContainKey("word/vbaProject.bin");
        assertThat(parts.get("[Content_Types].xml")).contains(HostileReferences.DOCUMENT_TYPE)
                .doesNotContain("macroEnabled", "vbaProject");
        assertThat(String.join("\n", parts.values())).doesNotContain("vbaProject", "AutoOpen");
    }

    @Test
    void an_attached_template_and_the_references_own_header_are_not_kept() throws Exception {
        Map<String, String> parts = rendered("firmamal.docx", HostileReferences.withRemoteAttachedTemplate());

        String all = String.join("\n", parts.values());
        assertThat(all).doesNotContain(HostileReferences.REMOTE_TEMPLATE, "attachedTemplate", "linkStyles",
                HostileReferences.HEADER_TEXT);
        assertThat(parts.keySet()).noneMatch(name -> name.contains("settings.xml.rels"));
        assertThat(parts).containsKey("word/settings.xml");
    }

    @Test
    void the_output_on_a_hostile_reference_is_still_valid_ooxml() throws Exception {
        Path file = Files.write(directory.resolve("firmamal.docm"), HostileReferences.docm());
        byte[] docx = DocxRenderer.builder().reference(file).build().render(ContractFixture.relationalContract());

        OoxmlSchemas.assertValid(docx);
    }

    @Test
    void a_reference_with_too_many_styles_is_refused_quickly_and_by_name() throws Exception {
        Path file = Files.write(directory.resolve("stiler.docx"), HostileReferences.withStyles(100_000));

        long start = System.nanoTime();
        assertThatThrownBy(() -> DocxRenderer.builder().reference(file).build())
                .isInstanceOf(ContractException.class)
                .hasMessageContaining("The reference document " + file)
                .hasMessageContaining("more than 10000 styles");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void a_reference_with_a_part_that_inflates_too_far_is_refused() throws Exception {
        Path file = Files.write(directory.resolve("bombe.docx"), HostileReferences.withInflatingPart(30 << 20));

        assertThat(Files.size(file)).isLessThan(1 << 20);
        assertThatThrownBy(() -> DocxRenderer.builder().reference(file).build())
                .isInstanceOf(ContractException.class)
                .hasMessageContaining("The reference document " + file)
                .hasMessageContaining("larger than 25 MB uncompressed");
    }

    @Test
    void a_reference_file_over_the_size_limit_is_refused() throws Exception {
        byte[] big = new byte[26 << 20];
        new Random(1).nextBytes(big);
        Path file = Files.write(directory.resolve("stor.docx"), big);

        assertThatThrownBy(() -> DocxRenderer.builder().reference(file).build())
                .isInstanceOf(ContractException.class)
                .hasMessageContaining("The reference document " + file + " is larger than 25 MB");
    }

    @Test
    void a_reference_with_many_styles_below_the_limit_is_taken() throws Exception {
        Map<String, String> parts = rendered("mange.docx", HostileReferences.withStyles(2_000));

        assertThat(parts.get("word/styles.xml")).contains("Extra 1999");
    }
}

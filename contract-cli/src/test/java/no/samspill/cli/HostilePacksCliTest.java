package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import no.samspill.render.DocxPackageReader;
import no.samspill.render.HostileReferences;
import no.samspill.render.OoxmlSchemas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile template packs and reference documents through the command line. */
class HostilePacksCliTest {

    @TempDir
    Path dir;

    private Path pack;
    private Path description;

    @BeforeEach
    void exportThePack() {
        pack = dir.resolve("pack");
        assertThat(CliRun.of("templates", "export", pack.toString()).exitCode()).isZero();
        description = Examples.copy(Examples.EHELSE, dir);
    }

    private CliRun generate(String... more) {
        String[] args = Stream.concat(Stream.of("generate", description.toString(), "-o", dir.resolve("out.docx").toString()),
                Stream.of(more)).toArray(String[]::new);
        return CliRun.of(args);
    }

    @Test
    void aLabelFileLinkedOutsideThePackIsRefusedAndNothingOfItsTargetIsShown() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.properties"), "page=HEMMELIG-INNHOLD\n");
        Path labels = pack.resolve("labels.nb.properties");
        Files.delete(labels);
        Files.createSymbolicLink(labels, secret);

        CliRun run = generate("--templates", pack.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("samspill: labels.nb.properties: this file is a link to a file outside")
                .doesNotContain("HEMMELIG", "\tat ", "properties:0");
        assertThat(dir.resolve("out.docx")).doesNotExist();
    }

    @Test
    void aPackManifestLinkedToAnotherFileIsNotPrinted() throws IOException {
        Path other = Files.writeString(dir.resolve("other.txt"), "passord: HEMMELIG\n".repeat(50));
        Path manifest = pack.resolve("pack.yaml");
        Files.delete(manifest);
        Files.createSymbolicLink(manifest, other);

        CliRun run = generate("--templates", pack.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("pack.yaml").doesNotContain("HEMMELIG");
    }

    @Test
    void aPackFileThatIsNotUtf8IsNamedWithoutInputLength() throws IOException {
        Path labels = pack.resolve("labels.nb.properties");
        Files.write(labels, "page=Side\nof=av\u00e5\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        CliRun run = generate("--templates", pack.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("labels.nb.properties").contains("UTF-8").doesNotContain("Input length");
    }

    @Test
    void aTemplateLoopWithoutEndIsATemplateErrorAtItsLine() throws IOException {
        Path clause;
        try (Stream<Path> files = Files.walk(pack.resolve("clauses"))) {
            clause = files.filter(file -> file.toString().endsWith(".nb.md.ftl")).sorted().findFirst().orElseThrow();
        }
        int line = (int) Files.readString(clause).lines().count() + 1;
        Files.writeString(clause, "<#list 1..999999999 as i><#assign x = i></#list>\n",
                java.nio.file.StandardOpenOption.APPEND);

        CliRun run = generate("--templates", pack.toString());

        assertThat(run.exitCode()).isNotZero().isNotEqualTo(1);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains(pack.relativize(clause).toString().replace('\\', '/')).contains(String.valueOf(line));
        assertThat(dir.resolve("out.docx")).doesNotExist();
    }

    @Test
    void aMacroEnabledTemplateAsReferenceGivesAPlainDocumentWithoutMacros() throws Exception {
        Path reference = Files.write(dir.resolve("firmamal.dotm"), HostileReferences.docm());

        CliRun run = generate("--reference", reference.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        byte[] docx = Files.readAllBytes(dir.resolve("out.docx"));
        OoxmlSchemas.assertValid(docx);
        assertThat(DocxPackageReader.parts(docx)).doesNotContainKey("word/vbaProject.bin");
        assertThat(DocxPackageReader.parts(docx).get("[Content_Types].xml"))
                .contains(HostileReferences.DOCUMENT_TYPE).doesNotContain("macroEnabled", "template.main");
    }

    @Test
    void aReferenceWithARemoteAttachedTemplateLosesTheLink() throws Exception {
        Path reference = Files.write(dir.resolve("firmamal.docx"), HostileReferences.withRemoteAttachedTemplate());

        CliRun run = generate("--reference", reference.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        byte[] docx = Files.readAllBytes(dir.resolve("out.docx"));
        assertThat(DocxPackageReader.parts(docx).values()).noneMatch(part -> part.contains(HostileReferences.REMOTE_TEMPLATE));
    }
}

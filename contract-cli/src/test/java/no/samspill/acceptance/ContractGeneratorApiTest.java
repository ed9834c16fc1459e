package no.samspill.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.samspill.ContractGenerator;
import no.samspill.Generation;
import no.samspill.Validation;
import no.samspill.model.Contract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way in and out of the embedding API gives the same document, and nothing for bad input. */
class ContractGeneratorApiTest {

    private static final ContractGenerator GENERATOR = ContractGenerator.create();

    @TempDir
    Path dir;

    @Test
    void aPathAStringAReaderAndAModelGiveTheSameBytesAsBytesOrOnAStream() throws Exception {
        Path file = Examples.copy("ehelse-ssa-l.yaml", dir);
        String yaml = Files.readString(file);
        byte[] fromPath = GENERATOR.generate(file).document();
        Contract contract = GENERATOR.validate(file).contract();

        assertThat(GENERATOR.generate("ehelse-ssa-l.yaml", yaml).document()).isEqualTo(fromPath);
        assertThat(GENERATOR.generate("ehelse-ssa-l.yaml", new StringReader(yaml)).document()).isEqualTo(fromPath);
        assertThat(GENERATOR.generate(contract).document()).isEqualTo(fromPath);

        ByteArrayOutputStream pathStream = new ByteArrayOutputStream();
        ByteArrayOutputStream readerStream = new ByteArrayOutputStream();
        ByteArrayOutputStream modelStream = new ByteArrayOutputStream();
        assertThat(GENERATOR.generate(file, pathStream).isValid()).isTrue();
        assertThat(GENERATOR.generate("x.yaml", new StringReader(yaml), readerStream).isValid()).isTrue();
        assertThat(GENERATOR.generate(contract, modelStream).isValid()).isTrue();
        assertThat(pathStream.toByteArray()).isEqualTo(fromPath);
        assertThat(readerStream.toByteArray()).isEqualTo(fromPath);
        assertThat(modelStream.toByteArray()).isEqualTo(fromPath);
    }

    @Test
    void anInvalidDescriptionGivesProblemsAsValuesAndWritesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Validation validation = GENERATOR.generate("bad.yaml", new StringReader("samspill: 1\n"), out);
        Generation generation = GENERATOR.generate("bad.yaml", "samspill: 1\n");

        assertThat(validation.isValid()).isFalse();
        assertThat(validation.problems()).isNotEmpty().allMatch(p -> p.file().equals("bad.yaml"));
        assertThat(out.size()).isZero();
        assertThat(generation.isSuccess()).isFalse();
        assertThat(generation.problems()).isEqualTo(validation.problems());
        // Asking a failed generation for its document is a mistake in the caller: it says why
        // at once, with every problem, instead of handing back a null to trip over later.
        assertThatThrownBy(generation::document)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("no document: bad.yaml is invalid:")
                .hasMessageContaining(validation.problems().get(0).toString());
        assertThatThrownBy(() -> new Generation(validation, new byte[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Generation(GENERATOR.validate(Examples.copy("ehelse-ssa-l.yaml", dir)), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writingAFileIsAtomicAndKeepsAnExistingOneUnlessAskedToReplaceIt() throws Exception {
        Path file = Examples.copy("ehelse-ssa-l.yaml", dir);
        Path out = Files.writeString(dir.resolve("edited.docx"), "a lawyer's edits");

        assertThatThrownBy(() -> GENERATOR.generate(file, out, false))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(out)).isEqualTo("a lawyer's edits");

        assertThat(GENERATOR.generate(file, out, true).isValid()).isTrue();
        assertThat(Files.readAllBytes(out)).isEqualTo(GENERATOR.generate(file).document());
        try (var files = Files.list(dir)) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }
}

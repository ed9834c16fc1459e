package no.samspill.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.samspill.ContractGenerator;
import no.samspill.Generation;

/** The bundled examples, which the acceptance tests run through real readers. */
final class Examples {
    static final List<String> ALL = no.samspill.templates.PackCheck.BUNDLED_EXAMPLES.stream().map(name -> name + ".yaml").toList();

    /** The examples and a description of the tests' own with long words in its measure tables. */
    static final List<String> WITH_LONG_WORDS = java.util.stream.Stream.concat(ALL.stream(),
            java.util.stream.Stream.of("/no/samspill/acceptance/long-words.yaml")).toList();

    private Examples() {}

    /** An example's document, generated and written as {@code contract.docx} in a directory. */
    record Written(Generation generation, Path docx) {}

    /** Generates an example, requires it to be valid, and writes its DOCX into {@code dir}. */
    static Written generate(ContractGenerator generator, String name, Path dir) {
        Generation generation = generator.generate(copy(name, dir));
        assertThat(generation.problems()).as(name).isEmpty();
        try {
            return new Written(generation, Files.write(dir.resolve("contract.docx"), generation.document()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies an example, or with a leading "/" any description on the class path, into {@code dir}. */
    static Path copy(String name, Path dir) {
        String resource = name.startsWith("/") ? name : "/no/samspill/templates/examples/" + name;
        try (InputStream in = Examples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("example not on the class path: " + name);
            }
            String file = resource.substring(resource.lastIndexOf('/') + 1);
            return Files.writeString(dir.resolve(file), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

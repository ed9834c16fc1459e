package no.samspill.acceptance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bundled examples, which the acceptance tests run through real readers. */
final class Examples {
    static final List<String> ALL = List.of("ehelse-ssa-l.yaml", "drift-ssa-d.yaml", "agile-ssa-s.yaml");

    private Examples() {}

    static Path copy(String name, Path dir) {
        try (InputStream in = Examples.class.getResourceAsStream("/no/samspill/templates/examples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("example not on the class path: " + name);
            }
            return Files.writeString(dir.resolve(name), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

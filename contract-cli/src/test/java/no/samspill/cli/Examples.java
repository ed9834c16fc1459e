package no.samspill.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled example descriptions, copied where a test wants them. */
final class Examples {
    static final String EHELSE = "ehelse-ssa-l.yaml";

    private Examples() {}

    static String text(String name) {
        try (InputStream in = Examples.class.getResourceAsStream("/no/samspill/templates/examples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("example not on the class path: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copy(String name, Path dir) {
        try {
            return Files.writeString(dir.resolve(name), text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

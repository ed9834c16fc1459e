package no.samspill.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A small description of the tests' own with every text in both languages. */
final class Bilingual {
    private Bilingual() {}

    static String description() {
        try (InputStream in = Bilingual.class.getResourceAsStream("/no/samspill/cli/bilingual.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

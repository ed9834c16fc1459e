package no.samspill.acceptance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The health trust's pack of the test fixtures ({@code no/samspill/fixtures/health-trust}): the
 * built-in clauses with {@code checks} of its own in {@code pack.yaml}, its typical contract as its
 * example, and a description beside it with the findings the tests look for. Copied where a test
 * wants it, so that a test may break its copy.
 */
public final class HealthTrustPack {

    private static final String ROOT = "/no/samspill/fixtures/health-trust/";
    private static final List<String> FILES = List.of("pack/pack.yaml", "pack/examples/journal.yaml", "avtale.yaml");

    private final Path root;

    private HealthTrustPack(Path root) {
        this.root = root;
    }

    /** A copy of the fixture in {@code directory}. */
    public static HealthTrustPack copyTo(Path directory) {
        for (String file : FILES) {
            try (InputStream in = HealthTrustPack.class.getResourceAsStream(ROOT + file)) {
                if (in == null) {
                    throw new IllegalStateException("the fixture " + ROOT + file + " is not on the class path");
                }
                Path target = directory.resolve(file);
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new HealthTrustPack(directory);
    }

    /** The pack directory, for {@code --templates} or {@code FreemarkerTemplatePack.fromDirectory}. */
    public Path pack() {
        return root.resolve("pack");
    }

    /** The description beside the pack: the early-warning meeting 10 days out, no data processing agreement. */
    public Path description() {
        return root.resolve("avtale.yaml");
    }

    /** The pack's example, which meets its checks. */
    public Path example() {
        return pack().resolve("examples/journal.yaml");
    }

    /** Changes the copy's pack.yaml; the change must change something. */
    public void editManifest(String replaced, String by) {
        Path manifest = pack().resolve("pack.yaml");
        try {
            String before = Files.readString(manifest, StandardCharsets.UTF_8);
            if (!before.contains(replaced)) {
                throw new IllegalArgumentException("pack.yaml has no \"" + replaced + "\"");
            }
            Files.writeString(manifest, before.replace(replaced, by), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the first line of {@code file} that holds {@code text}. */
    public static int lineOf(Path file, String text) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException(file + " has no line with \"" + text + "\"");
    }
}

package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import no.samspill.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plain text of every example, in its own language and in the other one, compared with the
 * reviewed snapshot in src/test/resources/golden: any change to a clause, a label or the engine
 * that changes the text of a contract shows up here as a failing test and, once accepted, as a
 * diff in the pull request.
 *
 * <p>To accept a deliberate change, rewrite the snapshots and read the diff before committing:
 * <pre>
 * mvn -o -pl contract-templates -am test -Dsamspill.updateGolden=true
 * git diff contract-templates/src/test/resources/golden
 * </pre>
 * With the switch on, the test writes the snapshots instead of comparing; never set it in CI.
 */
class GoldenSnapshotTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("samspill.updateGolden");

    static Stream<Arguments> renderings() {
        return Examples.NAMES.stream().flatMap(name -> {
            Language own = Examples.read(name).contract().language();
            return Stream.of(Arguments.of(name, own, name + ".txt"),
                    Arguments.of(name, other(own), name + "." + other(own) + ".txt"));
        });
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("renderings")
    void theExampleRendersExactlyAsTheReviewedSnapshot(String name, Language language, String snapshot)
            throws IOException {
        String text = Examples.text(name, language);
        Path file = GOLDEN.resolve(snapshot);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("the snapshot %s; create it with -Dsamspill.updateGolden=true", file).exists();
        assertThat(text).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Language other(Language language) {
        return language == Language.nb ? Language.en : Language.nb;
    }
}

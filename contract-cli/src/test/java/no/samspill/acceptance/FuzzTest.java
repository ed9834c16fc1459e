package no.samspill.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import no.samspill.ContractGenerator;
import no.samspill.Generation;
import no.samspill.Problem;
import no.samspill.render.OoxmlSchemas;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded mutations of the bundled examples, each run through the whole API. Whatever the input,
 * no exception or error escapes, every problem has a position in the file, and every document that
 * is written is valid Office Open XML. A failing case names its seed and mutation, and its input is
 * kept under {@code target/fuzz} to be replayed with {@code -Dsamspill.fuzz.seed}.
 */
class FuzzTest {

    private static final long SEED = Long.getLong("samspill.fuzz.seed", 20_261_203L);
    private static final int CASES = Integer.getInteger("samspill.fuzz.cases", 300);
    private static final ContractGenerator GENERATOR = ContractGenerator.create();
    private static final List<String> EXAMPLES = Examples.ALL.stream().map(HostileDescriptions::example).toList();

    @TestFactory
    Stream<DynamicTest> mutatedExamplesNeverEscapeAndAreReportedOrValid() {
        return IntStream.range(0, CASES).mapToObj(index -> {
            Random random = new Random(SEED * 31 + index);
            String example = EXAMPLES.get(index % EXAMPLES.size());
            DescriptionMutator.Mutation mutation = DescriptionMutator.mutate(example, random);
            return DynamicTest.dynamicTest("#" + index + " " + mutation.name(), () -> check(index, mutation));
        });
    }

    private static void check(int index, DescriptionMutator.Mutation mutation) throws Exception {
        String file = "fuzz-" + index + ".yaml";
        try {
            Generation generation = GENERATOR.generate(file, mutation.yaml());
            if (generation.isSuccess()) {
                OoxmlSchemas.assertValid(generation.document());
            } else {
                assertThat(generation.problems()).isNotEmpty();
                for (Problem problem : generation.problems()) {
                    assertThat(problem.file()).isEqualTo(file);
                    assertThat(problem.line()).as("line of " + problem).isPositive();
                    assertThat(problem.column()).as("column of " + problem).isPositive();
                    assertThat(problem.message()).as("message of " + problem).isNotBlank().doesNotContain("Exception")
                            .doesNotContainPattern("[\\p{Cc}\u202A-\u202E]");
                }
            }
        } catch (Throwable failure) {
            Path kept = Files.createDirectories(Path.of("target", "fuzz")).resolve(file);
            Files.writeString(kept, mutation.yaml());
            throw new AssertionError("seed " + SEED + ", case " + index + " (" + mutation.name() + "), input kept in "
                    + kept.toAbsolutePath() + ": " + failure, failure);
        }
    }

}

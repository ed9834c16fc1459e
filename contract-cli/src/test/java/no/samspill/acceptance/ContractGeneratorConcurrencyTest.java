package no.samspill.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.samspill.ContractGenerator;
import no.samspill.Generation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One generator shared by many threads gives exactly what a sequential run gives. */
class ContractGeneratorConcurrencyTest {

    @TempDir
    Path dir;

    @Test
    void twoHundredGenerationsOnEightThreadsEqualASequentialRunByteForByte() throws Exception {
        ContractGenerator generator = ContractGenerator.create();
        List<Path> descriptions = Examples.ALL.stream().map(name -> Examples.copy(name, dir)).toList();
        List<byte[]> sequential = new ArrayList<>();
        for (Path description : descriptions) {
            Generation generation = generator.generate(description);
            assertThat(generation.problems()).isEmpty();
            sequential.add(generation.document());
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Path description = descriptions.get(i % descriptions.size());
                results.add(pool.submit(() -> generator.generate(description).document()));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).as("generation %d", i).isEqualTo(sequential.get(i % descriptions.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.samspill.doc.Document;
import no.samspill.model.Contract;
import no.samspill.model.Language;
import org.junit.jupiter.api.Test;

class ConcurrentRenderTest {

    @Test
    void eightThreadsRenderingAtOnceGetTheSameTreesAsOneThread() throws Exception {
        FreemarkerTemplatePack pack = FreemarkerTemplatePack.builtIn();
        Contract norwegian = Contracts.example();
        Contract english = Contracts.inLanguage(norwegian, Language.en);
        Document expectedNb = pack.render(norwegian);
        Document expectedEn = pack.render(english);

        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Document>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Contract contract = t % 2 == 0 ? norwegian : english;
                Callable<List<Document>> task = () -> {
                    start.await();
                    List<Document> documents = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        documents.add(pack.render(contract));
                    }
                    return documents;
                };
                results.add(threads.submit(task));
            }
            start.countDown();
            for (int t = 0; t < 8; t++) {
                Document expected = t % 2 == 0 ? expectedNb : expectedEn;
                assertThat(results.get(t).get()).allSatisfy(d -> assertThat(d).isEqualTo(expected));
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(expectedNb).isNotEqualTo(expectedEn);
    }
}

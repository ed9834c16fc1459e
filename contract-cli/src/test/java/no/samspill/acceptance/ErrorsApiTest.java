package no.samspill.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.function.Supplier;
import no.samspill.ContractException;
import no.samspill.ContractGenerator;
import no.samspill.TemplatePack;
import no.samspill.catalogue.BaseAgreementCatalogue;
import no.samspill.doc.Document;
import no.samspill.model.Contract;
import no.samspill.model.Language;
import org.junit.jupiter.api.Test;

/** No Error escapes the embedding API: a render that exhausts the stack or the heap is a ContractException. */
class ErrorsApiTest {

    private static final TemplatePack BUILT_IN = ContractGenerator.create().templates();

    /** The built-in pack, except that rendering does what {@code failure} does. */
    private record FailingPack(Supplier<Document> failure) implements TemplatePack {
        @Override
        public String name() {
            return "failing";
        }

        @Override
        public Set<Language> languages() {
            return BUILT_IN.languages();
        }

        @Override
        public BaseAgreementCatalogue catalogue() {
            return BUILT_IN.catalogue();
        }

        @Override
        public Document render(Contract contract) {
            return failure.get();
        }
    }

    private static int depth(int n) {
        return depth(n + 1) + 1;
    }

    private static ContractGenerator failingWith(Supplier<Document> failure) {
        return ContractGenerator.builder().templates(new FailingPack(failure)).build();
    }

    @Test
    void aRenderThatExhaustsTheStackIsAContractExceptionAndTheNextOneWorks() {
        ContractGenerator generator = failingWith(() -> {
            depth(0);
            return null;
        });

        assertThatThrownBy(() -> generator.generate("a.yaml", HostileDescriptions.example()))
                .isInstanceOf(ContractException.class).hasMessageContaining("nested too deeply");
        assertThat(ContractGenerator.create().generate("b.yaml", HostileDescriptions.example()).isSuccess()).isTrue();
    }

    @Test
    void aRenderThatExhaustsTheHeapIsAContractExceptionThatSaysSo() {
        ContractGenerator generator = failingWith(() -> {
            throw new OutOfMemoryError("Java heap space");
        });

        assertThatThrownBy(() -> generator.generate("a.yaml", HostileDescriptions.example()))
                .isInstanceOf(ContractException.class)
                .hasMessageContaining("ran out of memory (Java heap space)").hasMessageContaining("-Xmx");
    }
}

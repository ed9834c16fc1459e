package no.samspill.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.samspill.ContractGenerator;
import no.samspill.Generation;
import no.samspill.model.Contract;
import no.samspill.model.Language;
import no.samspill.render.OoxmlSchemas;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every part of every example's DOCX, in both languages, is valid Office Open XML. */
class OoxmlSchemaAcceptanceTest {

    private static final ContractGenerator GENERATOR = ContractGenerator.create();

    @TempDir
    Path dir;

    @ParameterizedTest
    @FieldSource("no.samspill.acceptance.Examples#ALL")
    void everyPartValidatesAgainstTheOfficeOpenXmlSchemasInBothLanguages(String example) throws Exception {
        Generation generation = GENERATOR.generate(Examples.copy(example, dir));
        assertThat(generation.problems()).isEmpty();
        OoxmlSchemas.assertValid(generation.document());

        Contract contract = generation.validation().contract();
        Language other = contract.contract().language() == Language.nb ? Language.en : Language.nb;
        Contract translated = contract.inLanguage(other);
        Generation otherLanguage = GENERATOR.generate(translated);
        assertThat(otherLanguage.problems()).isEmpty();
        OoxmlSchemas.assertValid(otherLanguage.document());
    }
}

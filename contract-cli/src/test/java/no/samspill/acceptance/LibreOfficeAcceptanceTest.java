package no.samspill.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import no.samspill.ContractGenerator;
import no.samspill.Generation;
import no.samspill.doc.Document;
import no.samspill.doc.Table;
import no.samspill.model.Contract;
import no.samspill.model.Measure;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Opens every example's DOCX with LibreOffice, converts it to PDF and reads the text back with
 * pdftotext: what a person sees, not what POI thinks it wrote.
 */
class LibreOfficeAcceptanceTest {

    private static final ContractGenerator GENERATOR = ContractGenerator.create();

    @TempDir
    Path dir;

    @ParameterizedTest
    @FieldSource("no.samspill.acceptance.Examples#ALL")
    void libreOfficeShowsNumberedHeadingsPartiesReferencesAndTheMeasuresTable(String example) throws Exception {
        ExternalTool.SOFFICE.require();
        ExternalTool.PDFTOTEXT.require();
        Path description = Examples.copy(example, dir);
        Generation generation = GENERATOR.generate(description);
        assertThat(generation.problems()).isEmpty();
        Path docx = Files.write(dir.resolve("contract.docx"), generation.document());

        ExternalTool.SOFFICE.run(dir, 180, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());
        String pdfText = Trees.normalize(ExternalTool.PDFTOTEXT.run(dir, 60, "-enc", "UTF-8",
                dir.resolve("contract.pdf").toString(), "-"));

        Contract contract = generation.validation().contract();
        Document document = GENERATOR.document(contract);
        assertThat(pdfText)
                .contains(Trees.normalize(contract.parties().customer().name()))
                .contains(Trees.normalize(contract.parties().supplier().name()));
        for (Trees.Heading heading : Trees.sections(document)) {
            // Once in the table of contents and once where the section starts, with the number
            // that Word's own heading numbering produces.
            String numbered = Trees.normalize(heading.number() + " " + heading.title());
            assertThat(countOf(pdfText, numbered)).as("occurrences of \"%s\"", numbered).isGreaterThanOrEqualTo(2);
        }
        assertThat(Trees.references(document)).isNotEmpty();
        for (Trees.Reference ref : Trees.references(document)) {
            assertThat(pdfText).contains(ref.wordBefore() + " " + ref.number());
        }
        assertThat(Trees.tables(document)).isNotEmpty();
        for (Measure measure : contract.allMeasures()) {
            assertThat(pdfText).contains(Trees.normalize(measure.name()));
        }
        for (Table table : Trees.tables(document)) {
            for (Table.Cell header : table.rows().get(0).cells()) {
                assertThat(pdfText).contains(Trees.normalize(Trees.text(header.inlines())));
            }
        }
    }

    private static int countOf(String haystack, String needle) {
        int count = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}

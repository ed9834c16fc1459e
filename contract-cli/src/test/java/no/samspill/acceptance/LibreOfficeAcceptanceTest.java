package no.samspill.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.samspill.ContractGenerator;
import no.samspill.Generation;
import no.samspill.doc.Document;
import no.samspill.doc.Table;
import no.samspill.model.Contract;
import no.samspill.model.Language;
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
        Examples.Written written = Examples.generate(GENERATOR, example, dir);
        Generation generation = written.generation();
        Path docx = written.docx();

        ExternalTool.SOFFICE.run(dir, 180, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());
        String pdf = dir.resolve("contract.pdf").toString();
        // The body only: A4 is 595 x 842 points with margins of 2.5 cm (71 points); the header and
        // footer sit at 1.25 cm inside those margins, and text extraction would otherwise splice them
        // into a heading at a page top. The window, 66 to 776, holds the whole body (a last line ends
        // at about 771) and neither the header (ends about 50) nor the footer (starts about 795).
        // Layout mode keeps a heading's number and title on one line, as on the page; reading
        // order mode keeps a table cell's words together. Each check reads the one that fits it.
        String pdfText = Trees.normalize(ExternalTool.PDFTOTEXT.run(dir, 60, "-enc", "UTF-8", "-layout",
                "-x", "0", "-y", "66", "-W", "595", "-H", "710", pdf, "-"));
        String pdfFlow = Trees.normalize(ExternalTool.PDFTOTEXT.run(dir, 60, "-enc", "UTF-8",
                "-x", "0", "-y", "66", "-W", "595", "-H", "710", pdf, "-"));
        String pages = ExternalTool.PDFTOTEXT.run(dir, 60, "-enc", "UTF-8", pdf, "-");

        Contract contract = generation.validation().contract();
        Document document = GENERATOR.document(contract);
        String draftMark = contract.contract().language() == Language.nb ? "UTKAST" : "DRAFT";
        int pageCount = pages.split("\f", -1).length - 1;
        assertThat(countOf(pages, draftMark)).as("pages marked %s", draftMark)
                .isEqualTo(contract.contract().isDraft() ? pageCount : 0);
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
            assertThat(pdfFlow).contains(Trees.normalize(measure.name()));
        }
        for (Table table : Trees.tables(document)) {
            for (Table.Cell header : table.rows().get(0).cells()) {
                assertThat(pdfFlow).contains(Trees.normalize(Trees.text(header.inlines())));
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

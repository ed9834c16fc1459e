package no.samspill.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import no.samspill.ContractGenerator;
import no.samspill.Generation;
import no.samspill.doc.Block;
import no.samspill.doc.Document;
import no.samspill.doc.Paragraph;
import no.samspill.doc.SignatureBlock;
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

        String pdf = ExternalTool.pdfOf(dir, docx).toString();
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
        // Every party, of either form, is named in the document; a subcontractor too.
        for (no.samspill.model.ContractParty party : contract.parties().all()) {
            assertThat(pdfText).contains(Trees.normalize(party.party().name()));
        }
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

    /**
     * No word of a table cell is broken across lines ("desemb" / "er"), in the examples and in a
     * description with long words in its measure tables; and the paragraph just before the
     * signature block (the attestation) stands on the page of the signature lines.
     */
    @ParameterizedTest
    @FieldSource("no.samspill.acceptance.Examples#WITH_LONG_WORDS")
    void libreOfficeBreaksNoWordInATableAndKeepsTheAttestationWithTheSignatures(String example) throws Exception {
        ExternalTool.SOFFICE.require();
        ExternalTool.PDFTOTEXT.require();
        Examples.Written written = Examples.generate(GENERATOR, example, dir);
        String pdf = ExternalTool.pdfOf(dir, written.docx()).toString();
        String layout = ExternalTool.PDFTOTEXT.run(dir, 60, "-enc", "UTF-8", "-layout",
                "-x", "0", "-y", "66", "-W", "595", "-H", "710", pdf, "-");
        Document document = GENERATOR.document(written.generation().validation().contract());

        Set<String> documentWords = new HashSet<>();
        Trees.texts(document).forEach(text -> documentWords.addAll(words(text)));
        Set<String> cellWords = new TreeSet<>();
        for (Table table : Trees.tables(document)) {
            table.rows().forEach(row -> row.cells().forEach(cell -> cellWords.addAll(words(Trees.text(cell.inlines())))));
        }
        List<List<String>> lines = layout.lines().map(LibreOfficeAcceptanceTest::words).toList();
        List<String> broken = new ArrayList<>();
        for (String word : cellWords) {
            for (int cut = 1; cut < word.length(); cut++) {
                String head = word.substring(0, cut);
                String tail = word.substring(cut);
                // A line may break after a hyphen or a dash; a head that is a word of its own is not a fragment.
                if ("-\u2013\u2014".indexOf(head.charAt(head.length() - 1)) >= 0 || documentWords.contains(head)
                        || !LETTER.matcher(head).find() || !LETTER.matcher(tail).find()) {
                    continue;
                }
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains(head)) {
                        for (int j = i + 1; j < Math.min(i + 5, lines.size()); j++) {
                            if (lines.get(j).contains(tail)) {
                                broken.add(head + "|" + tail);
                            }
                        }
                    }
                }
            }
        }
        assertThat(broken).as("words of table cells broken across lines in LibreOffice").isEmpty();

        Block attestation = null;
        for (int i = 1; i < document.blocks().size(); i++) {
            if (document.blocks().get(i) instanceof SignatureBlock && document.blocks().get(i - 1) instanceof Paragraph) {
                attestation = document.blocks().get(i - 1);
            }
        }
        assertThat(attestation).as("a paragraph just before the signature block").isNotNull();
        String sentence = Trees.normalize(Trees.text(((Paragraph) attestation).inlines()));
        List<String> pages = List.of(ExternalTool.PDFTOTEXT.run(dir, 60, "-enc", "UTF-8", pdf, "-").split("\f"));
        List<String> withSentence = pages.stream().filter(page -> Trees.normalize(page).contains(sentence)).toList();
        assertThat(withSentence).as("pages with \"%s\"", sentence).hasSize(1);
        assertThat(withSentence.get(0)).as("the page of the attestation").contains("______________");
    }

    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** The words of a text as pdftotext separates them, without the punctuation around them. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String token : text.split("[\\s\u00a0]+")) {
            String word = token.replaceAll("^[\\p{Punct}«»“”‘’–]+|[\\p{Punct}«»“”‘’–]+$", "");
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out;
    }

    private static int countOf(String haystack, String needle) {
        int count = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}

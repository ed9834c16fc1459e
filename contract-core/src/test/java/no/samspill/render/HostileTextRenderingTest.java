package no.samspill.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import no.samspill.doc.Block;
import no.samspill.doc.Document;
import no.samspill.doc.DocumentInfo;
import no.samspill.doc.Inline;
import no.samspill.doc.Paragraph;
import no.samspill.doc.Section;
import no.samspill.doc.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The writer's own guarantee for trees built through the API, which no validator has seen: every
 * part of the package is well-formed and valid whatever characters the text holds, and the bytes
 * do not depend on the time zone whatever the date.
 */
class HostileTextRenderingTest {

    private static final DocxRenderer RENDERER = DocxRenderer.withBuiltInStyles();

    // Controls, non-characters and both halves of a surrogate pair alone, with a valid pair among them.
    private static final String HOSTILE = "a\u000Bb\u0000c\u0001d\uFFFEe\uFFFFf\uDC00g\uD83D\uDE00h\tI\uD800";

    private static Document document(String text, LocalDate date) {
        DocumentInfo info = new DocumentInfo(text, text, List.of(text), "nb", text, true, date, text);
        List<Inline> title = List.of(new Text(text));
        List<Block> body = List.of(new Paragraph(List.of(new Text(text))));
        return new Document(info, List.of(new Section("s", title, body, null)));
    }

    @Test
    void charactersXmlCannotCarryBecomeTheReplacementCharacterInEveryPart() throws Exception {
        byte[] docx = RENDERER.render(document(HOSTILE, LocalDate.of(2026, 12, 1)));

        OoxmlSchemas.assertValid(docx);
        Map<String, String> parts = DocxPackageReader.parts(docx);
        String written = "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uD83D\uDE00h I\uFFFD";
        assertThat(parts.get("word/document.xml")).contains(written);
        // The core properties writer spells the pair as a character reference.
        assertThat(parts.get("docProps/core.xml")).contains(written.replace("\uD83D\uDE00", "&#128512;"));
    }

    @Test
    void aTabIsWrittenAsASpaceInTheBodyAndTheProperties() throws IOException {
        byte[] docx = RENDERER.render(document("Kolonne\tkolonne", LocalDate.of(2026, 12, 1)));

        Map<String, String> parts = DocxPackageReader.parts(docx);
        assertThat(parts.get("word/document.xml")).contains("Kolonne kolonne").doesNotContain("\t");
        assertThat(parts.get("docProps/core.xml")).contains("Kolonne kolonne");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1979-06-01", "1900-01-01", "1980-01-01", "1980-01-02", "2026-12-01", "2107-12-31", "2150-07-01", "9999-12-31"})
    void theBytesAreTheSameInEveryTimeZoneForAnyDate(String date) {
        Document document = document("Avtale", LocalDate.parse(date));
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            byte[] utc = RENDERER.render(document);
            for (String zone : List.of("Pacific/Auckland", "America/Los_Angeles", "Asia/Kathmandu", "Europe/Oslo")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                assertThat(RENDERER.render(document)).as(zone).isEqualTo(utc);
            }
        } finally {
            TimeZone.setDefault(original);
        }
    }
}

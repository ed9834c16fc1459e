package no.samspill.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.samspill.doc.Appendix;
import no.samspill.doc.CrossReference;
import no.samspill.doc.Document;
import no.samspill.doc.DocumentInfo;
import no.samspill.doc.PageBreak;
import no.samspill.doc.ParallelDocument;
import no.samspill.doc.Paragraph;
import no.samspill.doc.Part;
import no.samspill.doc.Section;
import no.samspill.doc.Text;
import org.junit.jupiter.api.Test;

class ParallelTextRendererTest {

    private final TextRenderer renderer = new TextRenderer();

    private static Document edition(String language, String part, String section, String sentence, String appendix) {
        DocumentInfo info = new DocumentInfo("T", "S", List.of(), language, "R", true, LocalDate.of(2026, 1, 1), "samspill");
        return new Document(info, List.of(
                new Part(null, List.of(new Text(part)), List.of(
                        new Section("review", List.of(new Text(section)), List.of(
                                new Paragraph(List.of(new Text(sentence), new CrossReference("annex", null)))), null)), null),
                new PageBreak(),
                new Appendix("annex", List.of(new Text(appendix)), List.of(), null)));
    }

    @Test
    void each_pair_is_the_left_text_then_the_right_with_the_numbers_of_each_edition() {
        Document nb = edition("nb", "Grunnlaget", "Gjennomgang", "Se vedlegg ", "Kalender");
        Document en = edition("en", "Foundation", "Review", "See schedule ", "Calendar");

        String text = renderer.render(new ParallelDocument(nb.info(), nb, en));

        assertThat(text).isEqualTo("""
                UTKAST


                Del I  Grunnlaget
                =================

                Part I  Foundation
                ==================


                1  Gjennomgang

                1  Review


                Se vedlegg 1

                See schedule 1


                Vedlegg 1  Kalender
                ===================

                Schedule 1  Calendar
                ====================
                """);
        assertThat(renderer.render(new ParallelDocument(nb.info(), nb, en))).isEqualTo(text);
    }
}

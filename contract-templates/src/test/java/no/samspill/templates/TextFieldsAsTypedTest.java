package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.samspill.doc.Block;
import no.samspill.doc.Paragraph;
import no.samspill.internal.markdown.MarkdownReader;
import org.junit.jupiter.api.Test;

/**
 * The format: in a text field, what is outside the Markdown-lite subset is not formatting and is
 * printed as the characters the user typed.
 */
class TextFieldsAsTypedTest {

    private static final MarkdownReader READER = MarkdownReader.forTextFields();

    @Test
    void codeImagesAndLinksToOtherSchemesArePrintedAsTyped() {
        List<Block> blocks = READER.readBlocks(
                "Se `kode`, ![bilde](x.png), [lokal](vedlegg.docx) og [nett](https://example.no).");

        assertThat(Trees.text(((Paragraph) blocks.get(0)).inlines()))
                .isEqualTo("Se `kode`, ![bilde](x.png), [lokal](vedlegg.docx) og nett.");
    }

    @Test
    void codeBlocksAndQuotesArePrintedAsTyped() {
        assertThat(Trees.text(((Paragraph) READER.readBlocks("```\nkode\n```").get(0)).inlines()))
                .isEqualTo("```\nkode\n```");
        assertThat(Trees.text(((Paragraph) READER.readBlocks("> sitat").get(0)).inlines()))
                .isEqualTo("> sitat");
    }
}

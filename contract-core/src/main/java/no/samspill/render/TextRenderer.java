package no.samspill.render;

import java.util.List;
import no.samspill.doc.CrossReferenceException;
import no.samspill.doc.Document;
import no.samspill.internal.doc.StackGuard;
import no.samspill.doc.DocumentPasses;
import no.samspill.internal.doc.Labels;
import no.samspill.internal.text.TextBlocks;

/**
 * Renders a document as plain text with the same numbers as the DOCX: for golden snapshots,
 * diffs between versions and quick previews.
 *
 * <p>The layout is fixed so that output is byte-for-byte stable: lines end with {@code \n};
 * paragraphs are wrapped at 80 columns; parts and appendices are underlined with {@code =};
 * sections read {@code 2.1  Title}; lists use {@code - } and {@code 1. }; tables are pipe tables
 * with aligned columns; the table of contents is one placeholder line such as
 * {@code [Innholdsfortegnelse]}; a draft starts with the line {@code UTKAST} or {@code DRAFT}.
 * Emphasis is written {@code _so_}, strong text and definitions of terms {@code **so**}.
 *
 * <p>Immutable and thread-safe. The numbering and cross-reference passes are run on the way in,
 * so a tree can be given numbered or not.
 */
public final class TextRenderer {

    /** The width paragraphs are wrapped at. */
    public static final int WIDTH = 80;

    public TextRenderer() {}

    /**
     * The document as text, ending with a newline.
     *
     * @throws CrossReferenceException when a cross-reference cannot be resolved
     */
    public String render(Document document) {
        return StackGuard.call("writing the text", () -> {
            Document numbered = DocumentPasses.apply(document);
            List<String> lines = new TextBlocks(Labels.forLanguage(numbered.info().language()), WIDTH).visit(numbered);
            return String.join("\n", lines) + "\n";
        });
    }
}

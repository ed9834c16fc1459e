package no.samspill.internal.templates;

import java.util.List;
import no.samspill.doc.Document;
import no.samspill.doc.DocumentPasses;
import no.samspill.render.TextRenderer;

/**
 * A render cut into clauses: the document (with a marker before each clause) and, for each clause
 * that was included, its template and the anchors and cross-references it wrote.
 */
public record ClauseRendering(Document document, List<Clause> clauses) {

    public ClauseRendering {
        clauses = List.copyOf(clauses);
    }

    /** One included clause. */
    public record Clause(PackManifest.Clause clause, String template, List<String> anchors, List<String> references) {
        public Clause {
            anchors = List.copyOf(anchors);
            references = List.copyOf(references);
        }
    }

    /**
     * The text renderer's text of each clause, in the order of {@link #clauses()}, with the
     * numbers of the whole document.
     *
     * @throws no.samspill.doc.CrossReferenceException when a cross-reference cannot be resolved
     */
    public List<String> clauseTexts() {
        return ClauseMarks.split(new TextRenderer().render(DocumentPasses.apply(document)), clauses.size());
    }
}

package no.samspill.doc;

import java.util.List;

/**
 * The cover page: a title, a subtitle and labelled facts (parties, reference, base agreement, date).
 */
public record CoverPage(List<Inline> title, List<Inline> subtitle, List<CoverField> fields) implements Block {

    public CoverPage {
        title = List.copyOf(title);
        subtitle = List.copyOf(subtitle);
        fields = List.copyOf(fields);
    }

    /** A labelled fact on the cover, for example "Kunde" and the customer's name. */
    public record CoverField(String label, List<String> lines) {
        public CoverField {
            lines = List.copyOf(lines);
        }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}

package no.samspill.internal.templates;

import java.util.List;
import no.samspill.model.Forum;
import no.samspill.model.ForumLevel;

/**
 * {@code forums} in templates: the forums that clauses need but a description does not name.
 * The reporting forum receives measure reports, change proposals and health-check results; the
 * approving forum approves changes to the Agreement, the exit plan and the periodic review.
 * Choosing them once here keeps every clause, in every language, pointing at the same forum.
 *
 * @param reporting the first forum at tactical level, else the first forum
 * @param approving the first forum at strategic level, else the reporting forum
 * @param strategic the first forum at strategic level; null when there is none
 */
public record ForumRoles(Forum reporting, Forum approving, Forum strategic) {

    static ForumRoles of(List<Forum> forums) {
        Forum tactical = first(forums, ForumLevel.tactical);
        Forum strategic = first(forums, ForumLevel.strategic);
        Forum reporting = tactical != null ? tactical : forums.get(0);
        return new ForumRoles(reporting, strategic != null ? strategic : reporting, strategic);
    }

    /** True when the strategic forum is another forum than the reporting one. */
    public boolean hasSeparateStrategic() {
        return strategic != null && !strategic.id().equals(reporting.id());
    }

    private static Forum first(List<Forum> forums, ForumLevel level) {
        return forums.stream().filter(f -> f.level() == level).findFirst().orElse(null);
    }
}

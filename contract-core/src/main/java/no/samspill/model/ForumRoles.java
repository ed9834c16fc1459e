package no.samspill.model;

import java.util.List;
import java.util.Objects;

/**
 * The forums that clauses need but a description does not name ({@code forums} in templates).
 * The reporting forum receives measure reports, change proposals and health-check results; the
 * approving forum approves changes to the Agreement, the exit plan and the periodic review.
 * Choosing them once here keeps every clause, in every language, and every check of the
 * description pointing at the same forum.
 *
 * @param reporting the first forum at tactical level, else the first forum
 * @param approving the first forum at strategic level, else the reporting forum
 * @param strategic the first forum at strategic level; null when there is none
 */
public record ForumRoles(Forum reporting, Forum approving, Forum strategic) {

    /** The roles among {@code forums}, which must hold at least one forum; null entries are passed over. */
    public static ForumRoles of(List<Forum> forums) {
        List<Forum> present = forums.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            throw new IllegalArgumentException("there is no forum to give a role to");
        }
        forums = present;
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

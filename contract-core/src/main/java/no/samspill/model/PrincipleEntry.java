package no.samspill.model;

import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;

/**
 * An entry of {@code principles}: a standard principle (with an optional {@code application}
 * to this collaboration) or a principle of the parties' own (with {@code title} and
 * {@code description}).
 */
public record PrincipleEntry(@NotNull @Slug String id, String application, @OneLine String title, String description) {

    /** The entry for a standard principle named by its bare id. */
    public static PrincipleEntry standard(String id) {
        return new PrincipleEntry(id, null, null, null);
    }

    /** The six standard principles in the standard order: the default when {@code principles} is left out. */
    public static List<PrincipleEntry> standardSet() {
        return Arrays.stream(StandardPrinciple.values()).map(p -> standard(p.id())).toList();
    }

    /** True when the id names one of the six standard principles. */
    public boolean isStandard() {
        return StandardPrinciple.byId(id).isPresent();
    }
}

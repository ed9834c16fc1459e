package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import java.util.List;

/** The level a forum works at. */
@JsonClassDescription("The level a forum works at: strategic, tactical or operational.")
public enum ForumLevel {
    strategic,
    tactical,
    operational;

    /** The levels from the lowest to the highest: operational, tactical, strategic. */
    public static List<ForumLevel> upwards() {
        return List.of(operational, tactical, strategic);
    }

    /** Whether this level is below {@code other}: operational is below tactical, tactical below strategic. */
    public boolean isBelow(ForumLevel other) {
        return upwards().indexOf(this) < upwards().indexOf(other);
    }
}

package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;

/**
 * An entry of {@code principles}: a standard principle (with an optional {@code application}
 * to this collaboration) or a principle of the parties' own (with {@code title} and
 * {@code description}).
 */
@JsonClassDescription("A guiding principle: a standard one named by its id (optionally with how it applies here), or one of the parties' own with a title and a description.")
public record PrincipleEntry(
        @JsonPropertyDescription("The principle's id: a standard principle (reciprocity, autonomy, honesty, loyalty, equity, integrity) or one of the parties' own: a lower-case letter, then up to 39 lower-case letters, digits or hyphens.")
        @NotNull @Slug String id,
        @JsonPropertyDescription("For a standard principle: how it applies to this collaboration; it follows the built-in text. Text: paragraphs, *emphasis*, **strong**, and bullet or numbered lists.")
        @Translatable String application,
        @JsonPropertyDescription("For a principle of the parties' own: its title, one line.")
        @Translatable @OneLine String title,
        @JsonPropertyDescription("For a principle of the parties' own: what it means. Text: paragraphs, *emphasis*, **strong**, and bullet or numbered lists.")
        @Translatable String description) {

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

package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A governance forum: who meets, how often, how it decides and what it answers for.
 *
 * @param shortName the forum's name as used in running text, in the definite form (nb
 *         "styringsgruppen", en "the Steering Group"); null when the description leaves it out
 */
@JsonClassDescription("A governance forum: who meets, how often, how it decides and what it answers for.")
public record Forum(
        @JsonPropertyDescription("The forum's id, unique among forums; escalation steps name it: a lower-case letter, then up to 39 lower-case letters, digits or hyphens.")
        @NotNull @Slug String id,
        @JsonPropertyDescription("The forum's name: one line.")
        @Translatable @NotBlank @OneLine String name,
        @JsonPropertyDescription("The forum's name as used in running text, in the definite form (for example styringsgruppen,"
                + " or the Steering Group): one line of at most 60 characters.")
        @Translatable @Size(max = 60) @OneLine String shortName,
        @JsonPropertyDescription("The level the forum works at: strategic, tactical or operational.")
        @NotNull ForumLevel level,
        @JsonPropertyDescription("How often the forum meets.")
        @NotNull Frequency frequency,
        @JsonPropertyDescription("The seats in the forum: at least one member from each party.")
        @NotEmpty List<@NotNull @Valid ForumMember> members,
        @JsonPropertyDescription("What the forum answers for, one item each.")
        @Translatable List<@NotBlank String> responsibilities,
        @JsonPropertyDescription("How the forum decides: consensus or majority.")
        DecisionRule decisionRule) {

    public Forum {
        members = Lists.copy(members);
        responsibilities = Lists.copy(responsibilities);
        decisionRule = decisionRule == null ? DecisionRule.consensus : decisionRule;
    }
}

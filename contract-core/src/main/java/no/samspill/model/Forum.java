package no.samspill.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A governance forum: who meets, how often, how it decides and what it answers for. */
public record Forum(
        @NotNull @Slug String id,
        @NotBlank @OneLine String name,
        @NotNull ForumLevel level,
        @NotNull Frequency frequency,
        @NotEmpty List<@NotNull @Valid ForumMember> members,
        List<@NotBlank String> responsibilities,
        DecisionRule decisionRule) {

    public Forum {
        members = Lists.copy(members);
        responsibilities = Lists.copy(responsibilities);
        decisionRule = decisionRule == null ? DecisionRule.consensus : decisionRule;
    }
}

package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/** How the relationship is governed: forums, managers, health checks, escalation, disputes, review and exit. */
@JsonClassDescription("How the relationship is governed: forums, relationship managers, health checks, escalation, disputes, early warning, review and exit.")
public record Governance(
        @JsonPropertyDescription("The forums where the parties meet, at least one; their ids are unique.")
        @NotEmpty List<@NotNull @Valid Forum> forums,
        @JsonPropertyDescription("Each party's relationship manager.")
        @Valid RelationshipManagers relationshipManagers,
        @JsonPropertyDescription("How often and how the parties check the health of the relationship.")
        @Valid HealthCheck healthCheck,
        @JsonPropertyDescription("The escalation ladder, in order: each step names a forum and the days it has before the matter moves up; no forum twice.")
        List<@NotNull @Valid EscalationStep> escalation,
        @JsonPropertyDescription("What follows the escalation ladder.")
        @Valid DisputeResolution disputeResolution,
        @JsonPropertyDescription("How soon the parties meet after one of them warns of a problem.")
        @Valid EarlyWarning earlyWarning,
        @JsonPropertyDescription("How often the parties review the relational contract itself.")
        @Valid Review review,
        @JsonPropertyDescription("How the relationship ends.")
        @Valid Exit exit) {

    /** The days each forum has in the ladder the contract sets out when the description gives none. */
    public static final int DEFAULT_STEP_DAYS = 15;

    public Governance {
        forums = Lists.copy(forums);
        escalation = Lists.copy(escalation);
        earlyWarning = earlyWarning == null ? new EarlyWarning(null) : earlyWarning;
    }

    /**
     * The escalation ladder the contract sets out: the steps as given, or, when the description
     * gives none, every forum from the operational level up, {@value #DEFAULT_STEP_DAYS} days each.
     */
    public List<EscalationStep> ladder() {
        if (!escalation.isEmpty()) {
            return escalation;
        }
        List<EscalationStep> ladder = new ArrayList<>();
        for (ForumLevel level : ForumLevel.upwards()) {
            for (Forum forum : forums) {
                if (forum != null && forum.level() == level) {
                    ladder.add(new EscalationStep(forum.id(), DEFAULT_STEP_DAYS));
                }
            }
        }
        return List.copyOf(ladder);
    }
}

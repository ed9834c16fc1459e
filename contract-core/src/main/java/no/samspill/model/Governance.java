package no.samspill.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** How the relationship is governed: forums, managers, health checks, escalation, disputes, review and exit. */
public record Governance(
        @NotEmpty List<@NotNull @Valid Forum> forums,
        @Valid RelationshipManagers relationshipManagers,
        @Valid HealthCheck healthCheck,
        List<@NotNull @Valid EscalationStep> escalation,
        @Valid DisputeResolution disputeResolution,
        @Valid EarlyWarning earlyWarning,
        @Valid Review review,
        @Valid Exit exit) {

    public Governance {
        forums = Lists.copy(forums);
        escalation = Lists.copy(escalation);
        earlyWarning = earlyWarning == null ? new EarlyWarning(null) : earlyWarning;
    }
}

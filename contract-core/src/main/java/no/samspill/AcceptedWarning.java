package no.samspill;

import java.util.Objects;

/**
 * A warning the description accepts under {@code checks.accept}, with the reason it gives: kept so
 * that a report can show what was accepted and why.
 *
 * @param warning the warning as it would otherwise have been reported
 * @param reason the description's reason for accepting it
 */
public record AcceptedWarning(Problem warning, String reason) {

    public AcceptedWarning {
        Objects.requireNonNull(warning, "warning must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
    }
}

package no.samspill.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One standard agreement of the SSA family.
 *
 * @param code the code users write, for example {@code SSA-L}
 * @param nameNb the Norwegian name
 * @param nameEn the English name (the official translation where one is known)
 * @param versions the versions known, oldest first; the last is the newest
 * @param framework whether it is a framework agreement, under which call-offs are made: its term
 *         is then bound by the procurement regulation's limit for framework agreements
 * @param principleConflicts the standard principles whose text sits uneasily with this agreement,
 *         each with the reason in a lawyer's words; unmodifiable
 */
public record BaseAgreement(String code, String nameNb, String nameEn, List<BaseAgreementVersion> versions,
        boolean framework, Map<String, String> principleConflicts) {

    public BaseAgreement {
        versions = List.copyOf(versions);
        principleConflicts = principleConflicts == null ? Map.of() : Map.copyOf(principleConflicts);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("base agreement " + code + " has no versions");
        }
    }

    /** An agreement that is not a framework agreement and that no standard principle conflicts with. */
    public BaseAgreement(String code, String nameNb, String nameEn, List<BaseAgreementVersion> versions) {
        this(code, nameNb, nameEn, versions, false, Map.of());
    }

    public BaseAgreementVersion newest() {
        return versions.get(versions.size() - 1);
    }

    /** The given version, or the newest when {@code version} is null. */
    public Optional<BaseAgreementVersion> version(String version) {
        if (version == null) {
            return Optional.of(newest());
        }
        return versions.stream().filter(v -> v.version().equals(version)).findFirst();
    }
}

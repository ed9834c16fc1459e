package no.samspill.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * One standard agreement of the SSA family.
 *
 * @param code the code users write, for example {@code SSA-L}
 * @param nameNb the Norwegian name
 * @param nameEn the English name (the official translation where one is known)
 * @param versions the versions known, oldest first; the last is the newest
 */
public record BaseAgreement(String code, String nameNb, String nameEn, List<BaseAgreementVersion> versions) {

    public BaseAgreement {
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("base agreement " + code + " has no versions");
        }
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

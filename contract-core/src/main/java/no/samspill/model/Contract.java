package no.samspill.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A whole contract description: the root of the format.
 *
 * @param samspill the format version, {@code 1}
 * @param principles the guiding principles; the six standard ones, in the standard order, when left out
 */
public record Contract(
        @NotNull Integer samspill,
        @NotNull @Valid ContractDetails contract,
        @NotNull @Valid Parties parties,
        String background,
        @NotNull String vision,
        @NotEmpty List<@NotNull @Valid Objective> objectives,
        List<@NotNull @Valid PrincipleEntry> principles,
        @Valid Expectations expectations,
        @NotNull @Valid Governance governance,
        List<@NotNull @Valid Risk> risks,
        List<@NotNull @Valid Incentive> incentives,
        List<@NotNull @Valid Amendment> amendments) {

    /** The only format version this release reads. */
    public static final int FORMAT_VERSION = 1;

    public Contract {
        objectives = Lists.copy(objectives);
        principles = principles == null ? PrincipleEntry.standardSet() : Lists.copy(principles);
        expectations = expectations == null ? new Expectations(null, null) : expectations;
        risks = Lists.copy(risks);
        incentives = Lists.copy(incentives);
        amendments = Lists.copy(amendments);
    }

    /** Every measure of every objective, in order. */
    public List<Measure> allMeasures() {
        return objectives.stream()
                .filter(o -> o != null)
                .flatMap(o -> o.measures().stream())
                .toList();
    }
}

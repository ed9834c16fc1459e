package no.samspill.catalogue;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checked facts of one version of a standard agreement. A null number means the fact is
 * not verified; the contract text then names the appendix by its title instead. A clause the
 * catalogue has not verified is not in {@code clauses}; the text then refers to the subject
 * ("the dispute resolution provisions of the Base Agreement") rather than to a number.
 *
 * @param version the version as users write it, for example {@code 2018}
 * @param changesAppendix the appendix for changes to the general text
 * @param administrativeAppendix the appendix for administrative provisions
 * @param changesAfterSigningAppendix the appendix for changes after the agreement was signed
 * @param disputeClause the number of the dispute-resolution clause or chapter, where verified
 * @param priceAppendix the appendix for the total price and pricing provisions
 * @param serviceLevelAppendix the appendix for service levels (with standardised compensation
 *         or price reductions)
 * @param bonusInPriceAppendix true when the price appendix also holds the bonus provisions
 *         (SSA-S: "Total price and pricing provisions and bonus"); false when it does not or
 *         when that is not verified
 * @param clauses the verified clauses a contract may cite, by key; unmodifiable
 * @param generalTextClauses the numbers of the clauses of the general text that are verified to
 *         exist in this version, for checking the clauses an amendment names; empty when none is
 *         verified; unmodifiable
 */
public record BaseAgreementVersion(
        String version,
        Integer changesAppendix,
        Integer administrativeAppendix,
        Integer changesAfterSigningAppendix,
        String disputeClause,
        Integer priceAppendix,
        Integer serviceLevelAppendix,
        boolean bonusInPriceAppendix,
        Map<ClauseKey, ClauseReference> clauses,
        List<String> generalTextClauses) {

    public BaseAgreementVersion {
        EnumMap<ClauseKey, ClauseReference> copy = new EnumMap<>(ClauseKey.class);
        if (clauses != null) {
            copy.putAll(clauses);
        }
        clauses = Collections.unmodifiableMap(copy);
        generalTextClauses = generalTextClauses == null ? List.of() : List.copyOf(generalTextClauses);
    }

    /** The facts of a version whose general text has no verified clause numbers. */
    public BaseAgreementVersion(String version, Integer changesAppendix, Integer administrativeAppendix,
            Integer changesAfterSigningAppendix, String disputeClause, Integer priceAppendix,
            Integer serviceLevelAppendix, boolean bonusInPriceAppendix, Map<ClauseKey, ClauseReference> clauses) {
        this(version, changesAppendix, administrativeAppendix, changesAfterSigningAppendix, disputeClause,
                priceAppendix, serviceLevelAppendix, bonusInPriceAppendix, clauses, List.of());
    }

    /** The facts a catalogue recorded before it knew price and service-level appendices and clauses. */
    public BaseAgreementVersion(String version, Integer changesAppendix, Integer administrativeAppendix,
            Integer changesAfterSigningAppendix, String disputeClause) {
        this(version, changesAppendix, administrativeAppendix, changesAfterSigningAppendix, disputeClause,
                null, null, false, Map.of(), List.of());
    }

    /**
     * Whether the clause {@code number} of the general text is verified to exist in this version:
     * listed in {@code generalTextClauses}, or a clause the catalogue cites.
     */
    public boolean knowsClause(String number) {
        return generalTextClauses.contains(number)
                || clauses.values().stream().anyMatch(reference -> reference.number().equals(number));
    }

    /** The verified clause with this key, if the catalogue records it for this version. */
    public Optional<ClauseReference> clause(ClauseKey key) {
        return Optional.ofNullable(clauses.get(key));
    }
}

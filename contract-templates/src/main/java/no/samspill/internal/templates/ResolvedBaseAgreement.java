package no.samspill.internal.templates;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import no.samspill.catalogue.ClauseKey;

/**
 * The base agreement as templates see it ({@code base}): the description's values where it gives
 * them, else the catalogue's checked facts, else null (the clause then uses a generic wording).
 *
 * @param version the description's version, else the catalogue's newest; null when the code is unknown
 * @param name the agreement's name in the contract's language; null when the code is unknown
 * @param reference the parties' own reference to the signed standard agreement; may be null
 * @param priceAppendix the appendix for the total price and pricing provisions; null when not verified
 * @param serviceLevelAppendix the appendix for service levels; null when not verified
 * @param bonusInPriceAppendix true when the catalogue records that the price appendix also holds the
 *         bonus provisions; false when it does not, or does not know
 * @param clauses the verified clauses of this version, by the catalogue's key ({@link ClauseKey}),
 *         each with its title in the contract's language; a key the catalogue does not record for
 *         this version is absent
 */
public record ResolvedBaseAgreement(
        String code,
        String version,
        String name,
        String reference,
        Integer changesAppendix,
        Integer administrativeAppendix,
        Integer changesAfterSigningAppendix,
        String disputeClause,
        Integer priceAppendix,
        Integer serviceLevelAppendix,
        boolean bonusInPriceAppendix,
        Map<String, Clause> clauses) {

    public ResolvedBaseAgreement {
        // in the catalogue's order, so that a template listing them writes the same text every time
        clauses = Collections.unmodifiableMap(new LinkedHashMap<>(clauses));
    }

    /** "SSA-L (2018)", or just the code when the version is unknown. */
    public String label() {
        return version == null ? code : code + " (" + version + ")";
    }

    /**
     * The verified clause with this key ({@code base.clause("mediation")}), or null when the
     * catalogue does not record it for this code and version: the template then uses a generic
     * wording. A key the catalogue cannot hold at all is a misspelling in the template and fails,
     * naming the keys.
     */
    public Clause clause(String key) {
        if (ClauseKey.named(key).isEmpty()) {
            throw new IllegalArgumentException("base.clause(\"" + key + "\"): \"" + key
                    + "\" is not a clause the catalogue can record; use one of " + ClauseKey.allNames());
        }
        return clauses.get(key);
    }

    /**
     * A clause of the base agreement's general text that the contract may cite.
     *
     * @param number the clause number as the agreement prints it, for example {@code 11.3}
     * @param title the clause's title in the contract's language
     */
    public record Clause(String number, String title) {}
}

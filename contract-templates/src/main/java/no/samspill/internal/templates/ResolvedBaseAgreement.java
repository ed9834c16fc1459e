package no.samspill.internal.templates;

/**
 * The base agreement as templates see it ({@code base}): the description's values where it gives
 * them, else the catalogue's checked facts, else null (the clause then uses a generic wording).
 *
 * @param version the description's version, else the catalogue's newest; null when the code is unknown
 * @param name the agreement's name in the contract's language; null when the code is unknown
 * @param reference the parties' own reference to the signed standard agreement; may be null
 */
public record ResolvedBaseAgreement(
        String code,
        String version,
        String name,
        String reference,
        Integer changesAppendix,
        Integer administrativeAppendix,
        Integer changesAfterSigningAppendix,
        String disputeClause) {

    /** "SSA-L (2018)", or just the code when the version is unknown. */
    public String label() {
        return version == null ? code : code + " (" + version + ")";
    }
}

package no.samspill.catalogue;

/**
 * The checked facts of one version of a standard agreement. A null number means the fact is
 * not verified; the contract text then names the appendix by its title instead.
 *
 * @param version the version as users write it, for example {@code 2018}
 * @param changesAppendix the appendix for changes to the general text
 * @param administrativeAppendix the appendix for administrative provisions
 * @param changesAfterSigningAppendix the appendix for changes after the agreement was signed
 * @param disputeClause the number of the dispute-resolution clause or chapter, where verified
 */
public record BaseAgreementVersion(
        String version,
        Integer changesAppendix,
        Integer administrativeAppendix,
        Integer changesAfterSigningAppendix,
        String disputeClause) {}

package no.samspill.model;

import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.Range;

/**
 * The standard agreement (SSA) this relational contract builds on.
 *
 * @param code a code from the base-agreement catalogue, for example {@code SSA-L}
 * @param version a version the catalogue knows for that code; the newest when absent
 * @param reference the parties' own reference to the signed standard agreement
 * @param changesAppendix the number of the appendix for changes to the general text, where the catalogue lacks it
 * @param administrativeAppendix the number of the administrative appendix, where the catalogue lacks it
 */
public record BaseAgreementRef(
        @NotBlank String code,
        String version,
        String reference,
        @Range(min = 1, max = 30) Integer changesAppendix,
        @Range(min = 1, max = 30) Integer administrativeAppendix) {}

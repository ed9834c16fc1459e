package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.hibernate.validator.constraints.Range;

/**
 * The standard agreement (SSA) this relational contract builds on.
 *
 * @param code a code from the base-agreement catalogue, for example {@code SSA-L}
 * @param version a version the catalogue knows for that code; the newest when absent
 * @param reference the parties' own reference to the signed standard agreement
 * @param changesAppendix the number of the appendix for changes to the general text, where the catalogue lacks it
 * @param administrativeAppendix the number of the administrative appendix, where the catalogue lacks it
 * @param principlesAmendment whether the parties enter in the base agreement's appendix for changes to its
 *         general text a rule that the Agreement's principles apply to the interpretation of the base
 *         agreement; {@code false} when left out
 */
@JsonClassDescription("The standard agreement (SSA) this relational contract builds on.")
public record BaseAgreementRef(
        @JsonPropertyDescription("The standard agreement's code in the base-agreement catalogue, for example SSA-L.")
        @NotBlank String code,
        @JsonPropertyDescription("The standard agreement's version, one the catalogue knows for that code; the newest when left out.")
        String version,
        @JsonPropertyDescription("The parties' own reference to the signed standard agreement.")
        String reference,
        @JsonPropertyDescription("The number (1 to 30) of the standard agreement's appendix for changes to its general text, where the catalogue does not know it or the parties' version differs.")
        @Range(min = 1, max = 30) Integer changesAppendix,
        @JsonPropertyDescription("The number (1 to 30) of the standard agreement's administrative appendix, where the catalogue does not know it or the parties' version differs.")
        @Range(min = 1, max = 30) Integer administrativeAppendix,
        @JsonPropertyDescription("Whether the parties enter in the standard agreement's appendix for changes to its general text"
                + " a rule that the principles of this contract apply to the interpretation of the standard agreement: true or false.")
        Boolean principlesAmendment,
        @JsonPropertyDescription("The last day the signed standard agreement can run, every extension it allows included,"
                + " as YYYY-MM-DD; validation warns when this contract's term or its extensions run beyond it.")
        LocalDate lastDay) {

    public BaseAgreementRef {
        principlesAmendment = principlesAmendment != null && principlesAmendment;
    }

    /** A reference that does not say how long the standard agreement can run. */
    public BaseAgreementRef(String code, String version, String reference, Integer changesAppendix,
            Integer administrativeAppendix, Boolean principlesAmendment) {
        this(code, version, reference, changesAppendix, administrativeAppendix, principlesAmendment, null);
    }
}

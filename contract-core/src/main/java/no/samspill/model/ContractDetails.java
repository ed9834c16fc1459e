package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The {@code contract} mapping: title, reference, language, status, date, base agreement and term,
 * and optionally the procurement it came out of and the parties' data processing agreement.
 *
 * @param procurement the procurement the contract came out of; null when the description leaves it out
 * @param dataProcessingAgreement the reference or title of the parties' data processing agreement, where
 *         the supplier processes personal data for the customer; null when the description leaves it out
 */
@JsonClassDescription("The contract: its title, reference, language, status, date, base agreement and term,"
        + " the procurement it came out of and the parties' data processing agreement.")
public record ContractDetails(
        @JsonPropertyDescription("The contract's title, on its cover page: one line of at most 200 characters.")
        @NotBlank @Size(max = 200) @OneLine String title,
        @JsonPropertyDescription("The parties' reference for the contract: 1 to 40 letters, digits, '.', '_', '/' or '-'.")
        @NotBlank @Pattern(regexp = "[\\p{L}\\p{N}._/-]{1,40}",
                message = "is not a valid reference: use 1 to 40 letters, digits, \".\", \"_\", \"/\" or \"-\"") String reference,
        @JsonPropertyDescription("The language the contract is written in: nb (Norwegian bokmål) or en (English).")
        Language language,
        @JsonPropertyDescription("draft or final; a draft is marked as such on every page.")
        Status status,
        @JsonPropertyDescription("The contract's date, as YYYY-MM-DD.")
        LocalDate date,
        @JsonPropertyDescription("The standard agreement (SSA) this relational contract builds on.")
        @NotNull @Valid BaseAgreementRef baseAgreement,
        @JsonPropertyDescription("When the contract starts and how long it runs.")
        @NotNull @Valid Term term,
        @JsonPropertyDescription("The procurement the contract came out of: its name, its reference and the procurement rules the customer is bound by.")
        @Valid Procurement procurement,
        @JsonPropertyDescription("The reference or title of the data processing agreement between the parties, where the supplier"
                + " processes personal data for the customer: one line of at most 200 characters.")
        @Size(max = 200) @OneLine String dataProcessingAgreement) {

    public ContractDetails {
        language = language == null ? Language.nb : language;
        status = status == null ? Status.draft : status;
    }

    /** True while the contract is a draft, which is marked on every page. */
    public boolean isDraft() {
        return status == Status.draft;
    }
}

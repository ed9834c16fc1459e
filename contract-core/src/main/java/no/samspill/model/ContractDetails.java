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
 * @param prevailingLanguage the language whose text prevails where two editions differ; nb when left out
 * @param parallel whether the description asks for the parallel edition by default
 * @param dataProcessingAgreement the reference or title of the parties' data processing agreement, where
 *         the supplier processes personal data for the customer; null when the description leaves it out
 */
@JsonClassDescription("The contract: its title, reference, language, status, date, base agreement and term,"
        + " the procurement it came out of and the parties' data processing agreement.")
public record ContractDetails(
        @JsonPropertyDescription("The contract's title, on its cover page: one line of at most 200 characters.")
        @Translatable @NotBlank @Size(max = 200) @OneLine String title,
        @JsonPropertyDescription("The parties' reference for the contract: 1 to 40 letters, digits, '.', '_', '/' or '-'.")
        @NotBlank @Pattern(regexp = "[\\p{L}\\p{N}._/-]{1,40}",
                message = "is not a valid reference: use 1 to 40 letters, digits, \".\", \"_\", \"/\" or \"-\"") String reference,
        @JsonPropertyDescription("The language the contract is written in, and the language of every text given as a plain"
                + " string: nb (Norwegian bokmål) or en (English).")
        Language language,
        @JsonPropertyDescription("The language whose text prevails where the Norwegian and English texts of the contract"
                + " differ: nb or en; nb when left out.")
        Language prevailingLanguage,
        @JsonPropertyDescription("Whether the contract is written as a parallel edition, Norwegian and English side by side:"
                + " true or false; false when left out.")
        Boolean parallel,
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
        @Translatable @Size(max = 200) @OneLine String dataProcessingAgreement) {

    /** The language of a description that does not name one. */
    public static final Language DEFAULT_LANGUAGE = Language.nb;

    /** The language that prevails where a description does not say. */
    public static final Language DEFAULT_PREVAILING_LANGUAGE = Language.nb;

    public ContractDetails {
        language = language == null ? DEFAULT_LANGUAGE : language;
        prevailingLanguage = prevailingLanguage == null ? DEFAULT_PREVAILING_LANGUAGE : prevailingLanguage;
        parallel = parallel != null && parallel;
        status = status == null ? Status.draft : status;
    }

    /** True while the contract is a draft, which is marked on every page. */
    public boolean isDraft() {
        return status == Status.draft;
    }
}

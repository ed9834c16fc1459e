package no.samspill.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The {@code contract} mapping: title, reference, language, status, date, base agreement and term. */
public record ContractDetails(
        @NotBlank @Size(max = 200) @OneLine String title,
        @NotBlank @Pattern(regexp = "[\\p{L}\\p{N}._/-]{1,40}",
                message = "is not a valid reference: use 1 to 40 letters, digits, \".\", \"_\", \"/\" or \"-\"") String reference,
        Language language,
        Status status,
        LocalDate date,
        @NotNull @Valid BaseAgreementRef baseAgreement,
        @NotNull @Valid Term term) {

    public ContractDetails {
        language = language == null ? Language.nb : language;
        status = status == null ? Status.draft : status;
    }

    /** True while the contract is a draft, which is marked on every page. */
    public boolean isDraft() {
        return status == Status.draft;
    }
}

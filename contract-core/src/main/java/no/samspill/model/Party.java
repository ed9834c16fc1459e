package no.samspill.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A party to the contract.
 *
 * @param orgNumber the Norwegian organisation number; spaces are allowed and kept as written
 */
public record Party(
        @NotBlank @Size(max = 200) @OneLine String name,
        @NotBlank String orgNumber,
        String address,
        @Valid Person signatory,
        @Valid Person contact) {

    /** The organisation number without spaces, for example {@code 983658725}. */
    public String orgNumberDigits() {
        return orgNumber == null ? null : orgNumber.replace(" ", "");
    }
}

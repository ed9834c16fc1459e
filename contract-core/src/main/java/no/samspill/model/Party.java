package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A party to the contract.
 *
 * @param orgNumber the Norwegian organisation number; spaces are allowed and kept as written
 */
@JsonClassDescription("A party to the contract.")
public record Party(
        @JsonPropertyDescription("The party's name: one line of at most 200 characters.")
        @NotBlank @Size(max = 200) @OneLine String name,
        @JsonPropertyDescription("The Norwegian organisation number: nine digits, spaces allowed, with a valid check digit.")
        @NotBlank String orgNumber,
        @JsonPropertyDescription("The party's address.")
        @Translatable(plainIsShared = true) String address,
        @JsonPropertyDescription("The person who signs for the party.")
        @Valid Person signatory,
        @JsonPropertyDescription("The party's contact person.")
        @Valid Person contact) {

    /** The organisation number without spaces, for example {@code 983658725}. */
    public String orgNumberDigits() {
        return orgNumber == null ? null : orgNumber.replace(" ", "");
    }

    /**
     * The organisation number as the Brønnøysund registers print it, {@code 983 658 725}, however
     * the description spaced it; as written when it is not nine digits.
     */
    public String orgNumberFormatted() {
        String digits = orgNumberDigits();
        if (digits == null || !digits.matches("\\d{9}")) {
            return orgNumber;
        }
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }
}

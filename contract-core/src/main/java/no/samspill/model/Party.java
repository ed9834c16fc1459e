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
 * @param id the party's id, where a side has several parties; null in the two-party form
 * @param role the party's standing on its side; {@code member} when left out
 * @param shortName the name the contract gives the party in running text, where a side has several
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
        @Valid Person contact,
        @JsonPropertyDescription("The party's id, where a side lists several parties: unique among all parties, and"
                + " not customer, supplier or joint; forum members, measures and risks name it.")
        @Slug String id,
        @JsonPropertyDescription("The party's standing on its side: lead (acts for the side where the side says so),"
                + " member (a customer procuring with the others, or a consortium partner) or subcontractor"
                + " (suppliers only: may sit in forums, is not a party and does not sign).")
        PartyStanding role,
        @JsonPropertyDescription("The name the contract uses for the party in running text, where a side has several"
                + " parties, for example «HSØ»: one line of at most 60 characters.")
        @Size(max = 60) @OneLine String shortName) {

    public Party {
        role = role == null ? PartyStanding.member : role;
    }

    /** A party of the two-party form: no id, no standing of its own. */
    public Party(String name, String orgNumber, String address, Person signatory, Person contact) {
        this(name, orgNumber, address, signatory, contact, null, null, null);
    }

    /** Whether the party signs the Agreement: every party but a subcontractor. */
    public boolean signs() {
        return role != PartyStanding.subcontractor;
    }

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

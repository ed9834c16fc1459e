package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The two parties: the customer (Kunden) and the supplier (Leverandøren). */
@JsonClassDescription("The two parties to the contract: the customer (Kunden) and the supplier (Leverandøren).")
public record Parties(
        @JsonPropertyDescription("The customer (Kunden).")
        @NotNull @Valid Party customer,
        @JsonPropertyDescription("The supplier (Leverandøren).")
        @NotNull @Valid Party supplier) {

    /** The party in the given role. */
    public Party get(PartyRole role) {
        return role == PartyRole.customer ? customer : supplier;
    }
}

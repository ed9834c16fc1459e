package no.samspill.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The two parties: the customer (Kunden) and the supplier (Leverandøren). */
public record Parties(@NotNull @Valid Party customer, @NotNull @Valid Party supplier) {

    /** The party in the given role. */
    public Party get(PartyRole role) {
        return role == PartyRole.customer ? customer : supplier;
    }
}

package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * The parties: a customer (Kunden) and a supplier (Leverandøren); or, for a side with several
 * parties, the list of its parties (customers, suppliers) and the side's rules. Each side is
 * given in one form or the other.
 */
@JsonClassDescription("The parties: customer and supplier; or, where a side has several parties, customers and suppliers"
        + " with each side's rules. Give one form or the other.")
public record Parties(
        @JsonPropertyDescription("The customer (Kunden), where there is one.")
        @Valid Party customer,
        @JsonPropertyDescription("The supplier (Leverandøren), where there is one.")
        @Valid Party supplier,
        @JsonPropertyDescription("The customers, where several procure together: each with an id, and at most one lead.")
        List<@NotNull @Valid Party> customers,
        @JsonPropertyDescription("The suppliers, where a consortium delivers: each with an id; a lead, members and named subcontractors.")
        List<@NotNull @Valid Party> suppliers,
        @JsonPropertyDescription("How the customers decide, what their lead may not agree alone, and how they share the costs.")
        @Valid Side customerSide,
        @JsonPropertyDescription("How the suppliers decide, what their lead may not agree alone, and how they answer for the consortium.")
        @Valid Side supplierSide) {

    public Parties {
        customers = Lists.copy(customers);
        suppliers = Lists.copy(suppliers);
        customerSide = customerSide == null ? Side.DEFAULT : customerSide;
        supplierSide = supplierSide == null ? Side.DEFAULT : supplierSide;
    }

    /** The two-party form: one customer, one supplier. */
    public Parties(Party customer, Party supplier) {
        this(customer, supplier, null, null, null, null);
    }

    /** Whether the side is given as a list of parties rather than as one party. */
    public boolean isListed(PartyRole role) {
        return !(role == PartyRole.customer ? customers : suppliers).isEmpty();
    }

    /** Whether either side is given as a list. */
    public boolean isListed() {
        return isListed(PartyRole.customer) || isListed(PartyRole.supplier);
    }

    /**
     * The party in the given role when the side has one; for a listed side, its lead, or else its
     * first party.
     */
    public Party get(PartyRole role) {
        if (!isListed(role)) {
            return role == PartyRole.customer ? customer : supplier;
        }
        List<Party> side = role == PartyRole.customer ? customers : suppliers;
        return side.stream().filter(p -> p != null && p.role() == PartyStanding.lead).findFirst()
                .orElse(side.stream().filter(p -> p != null).findFirst().orElse(null));
    }

    /**
     * Every party, customers first, each with its id and side. A side given as one party has the
     * side's name, {@code customer} or {@code supplier}, as its id unless the party has one of its
     * own. Entries left empty are passed over.
     */
    public List<ContractParty> all() {
        List<ContractParty> all = new ArrayList<>();
        for (PartyRole role : PartyRole.values()) {
            if (isListed(role)) {
                for (Party party : role == PartyRole.customer ? customers : suppliers) {
                    if (party != null) {
                        all.add(new ContractParty(party.id(), role, party));
                    }
                }
            } else if (get(role) != null) {
                Party party = get(role);
                all.add(new ContractParty(party.id() != null ? party.id() : role.name(), role, party));
            }
        }
        return List.copyOf(all);
    }

    /** The side a reference stands on: its own, for a side; the party's, for an id; null when nothing has the id. */
    public PartyRole sideOf(PartyRef reference) {
        if (reference == null) {
            return null;
        }
        if (reference.side() != null) {
            return reference.side();
        }
        return all().stream().filter(p -> reference.value().equals(p.id())).map(ContractParty::side)
                .findFirst().orElse(null);
    }

    /** The party a reference names by id; null for a side or an id no party has. */
    public ContractParty byId(PartyRef reference) {
        if (reference == null || reference.side() != null) {
            return null;
        }
        return all().stream().filter(p -> reference.value().equals(p.id())).findFirst().orElse(null);
    }

    /** The rules of a side. */
    public Side side(PartyRole role) {
        return role == PartyRole.customer ? customerSide : supplierSide;
    }
}

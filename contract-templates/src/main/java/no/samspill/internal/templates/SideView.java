package no.samspill.internal.templates;

import java.util.List;
import no.samspill.model.ContractParty;
import no.samspill.model.Parties;
import no.samspill.model.PartyRole;
import no.samspill.model.PartyStanding;
import no.samspill.model.Side;

/**
 * {@code sides.customer} and {@code sides.supplier} in templates: a side as the clauses need it,
 * whichever form the description uses.
 *
 * @param several whether more than one party of the side signs; the side's terms are then plural
 * @param signing the parties of the side that sign, in the order of the description
 * @param lead the side's lead; null when it has none
 * @param subcontractors the named subcontractors (suppliers only)
 * @param rules the side's rules
 */
public record SideView(boolean several, List<ContractParty> signing, ContractParty lead,
        List<ContractParty> subcontractors, Side rules) {

    static SideView of(Parties parties, PartyRole role) {
        List<ContractParty> side = parties.all().stream().filter(p -> p.side() == role).toList();
        List<ContractParty> signing = side.stream().filter(ContractParty::signs).toList();
        ContractParty lead = signing.stream().filter(p -> p.party().role() == PartyStanding.lead).findFirst().orElse(null);
        return new SideView(signing.size() > 1, signing, lead, side.stream().filter(p -> !p.signs()).toList(),
                parties.side(role));
    }

    /** The name the contract uses for a party of the side in running text: its short name, else its name. */
    public static String nameOf(ContractParty party) {
        return party.party().shortName() != null ? party.party().shortName() : party.party().name();
    }
}

package no.samspill.internal.templates;

import no.samspill.model.ContractParty;
import no.samspill.model.Parties;
import no.samspill.model.PartyRef;
import no.samspill.model.PartyRole;

/**
 * {@code names.of(reference)} in templates: who a reference in the description stands for, as a
 * table cell names it. A side is its term ("Kunden"; "Kundene" where several customers sign), a
 * party its short name (else its name), {@code joint} the Parties together. Running text writes
 * the side's defined term instead, which the document's side terms make plural by themselves.
 */
public final class PartyNames {

    private final Parties parties;
    private final Labels labels;

    PartyNames(Parties parties, Labels labels) {
        this.parties = parties;
        this.labels = labels;
    }

    public String of(PartyRef reference) {
        if (reference.isJoint()) {
            return labels.get("role.joint");
        }
        PartyRole side = reference.side();
        if (side != null) {
            boolean several = parties.all().stream().filter(p -> p.side() == side && p.signs()).count() > 1;
            return labels.get("role." + side + (several ? ".several" : ""));
        }
        ContractParty party = parties.byId(reference);
        // An unknown id is a validation error; a template that renders anyway shows it as written.
        return party == null ? reference.value() : SideView.nameOf(party);
    }
}

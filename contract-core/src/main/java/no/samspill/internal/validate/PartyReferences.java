package no.samspill.internal.validate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.model.Contract;
import no.samspill.model.ContractParty;
import no.samspill.model.Expectations;
import no.samspill.model.Governance;
import no.samspill.model.Measure;
import no.samspill.model.Objective;
import no.samspill.model.Parties;
import no.samspill.model.PartyRef;
import no.samspill.model.Risk;

/**
 * The places outside the forums that name a party: who answers for a measure or a risk, what one
 * party commits to, a party's own relationship manager. Each must name a side, {@code joint}
 * where the field allows it, or a party that signs: a subcontractor is not a Party, so it can
 * neither answer for the Agreement's obligations nor make commitments under it.
 */
final class PartyReferences {

    private final ProblemSink sink;
    private final Parties parties;

    PartyReferences(ProblemSink sink, Parties parties) {
        this.sink = sink;
        this.parties = parties;
    }

    void check(Contract contract) {
        if (parties == null) {
            return;
        }
        List<Objective> objectives = contract.objectives();
        for (int i = 0; i < objectives.size(); i++) {
            Objective objective = objectives.get(i);
            for (int j = 0; objective != null && j < objective.measures().size(); j++) {
                Measure measure = objective.measures().get(j);
                if (measure != null) {
                    checkAnswering("objectives[" + i + "].measures[" + j + "].responsible", measure.responsible());
                }
            }
        }
        List<Risk> risks = contract.risks();
        for (int i = 0; i < risks.size(); i++) {
            if (risks.get(i) != null && risks.get(i).owner() != null) {
                checkAnswering("risks[" + i + "].owner", risks.get(i).owner());
            }
        }
        Expectations expectations = contract.expectations();
        if (expectations != null) {
            checkPartyKeys("expectations.parties", expectations.parties());
        }
        Governance governance = contract.governance();
        if (governance != null && governance.relationshipManagers() != null) {
            checkPartyKeys("governance.relationshipManagers.parties", governance.relationshipManagers().parties());
        }
    }

    /** A side, joint, or a party that signs. */
    private void checkAnswering(String path, PartyRef reference) {
        if (reference.isJoint() || reference.side() != null) {
            return;
        }
        checkSigningParty(path, reference.value(), true);
    }

    /** Keys of a map by party: ids of parties that sign, never a side (the side has its own field). */
    private void checkPartyKeys(String path, Map<String, ?> byParty) {
        for (String id : byParty.keySet()) {
            PartyRef reference = PartyRef.of(id);
            if (reference.side() != null || reference.isJoint()) {
                sink.report(path + "." + id, "\"" + id + "\" names " + (reference.isJoint() ? "both sides" : "a side")
                        + ", not a single party; what a side as a whole commits to, or its relationship manager, goes"
                        + " in the field of that name beside parties");
                continue;
            }
            checkSigningParty(path + "." + id, id, false);
        }
    }

    private void checkSigningParty(String path, String id, boolean sidesAllowed) {
        ContractParty party = parties.byId(PartyRef.of(id));
        if (party == null && sidesAllowed && !parties.isListed()) {
            // two parties: the choices are the sides and joint, as they have always been
            sink.report(path, "\"" + id + "\" is not a responsible party; use one of customer, supplier, joint");
        } else if (party == null) {
            Set<String> known = new LinkedHashSet<>();
            if (sidesAllowed) {
                known.addAll(List.of("customer", "supplier", "joint"));
            }
            for (ContractParty signing : parties.all()) {
                if (signing.signs() && signing.id() != null) {
                    known.add(signing.id());
                }
            }
            sink.report(path, CrossFieldRules.unknownReference("party", id, known));
        } else if (!party.signs()) {
            sink.report(path, "\"" + id + "\" is a subcontractor, not a Party: the Agreement cannot bind it; name"
                    + " the supplier that engaged it" + (sidesAllowed ? ", or the supplier side" : ""));
        }
    }
}

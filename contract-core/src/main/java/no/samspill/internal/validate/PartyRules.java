package no.samspill.internal.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.model.Parties;
import no.samspill.model.Party;
import no.samspill.model.PartyRole;
import no.samspill.model.PartyStanding;
import no.samspill.model.Side;
import no.samspill.model.SideDecision;

/**
 * The rules on the parties that look at more than one value: each side given in one form, ids
 * and organisation numbers unique, one lead per side, subcontractors that do not sign, and cost
 * shares that add up to the whole.
 */
final class PartyRules {

    /** Names a reference may use for a side or for both: no party may take them as its id. */
    private static final Set<String> RESERVED = Set.of("customer", "supplier", "joint");
    private static final BigDecimal WHOLE = BigDecimal.valueOf(100);

    private final ProblemSink sink;

    PartyRules(ProblemSink sink) {
        this.sink = sink;
    }

    void check(Parties parties) {
        if (parties == null) {
            return;
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (PartyRole role : PartyRole.values()) {
            checkForm(parties, role);
            if (parties.isListed(role)) {
                checkList(parties, role, ids);
            }
        }
        checkOrgNumbers(parties);
        checkCostShares(parties);
        if (!parties.supplierSide().costShares().isEmpty()) {
            sink.report("parties.supplierSide.costShares", "cost shares are for the customers, who pay for the"
                    + " governance and the incentives; give them under parties.customerSide");
        }
    }

    private void checkForm(Parties parties, PartyRole role) {
        String single = role.name();
        String list = role.name() + "s";
        Party one = role == PartyRole.customer ? parties.customer() : parties.supplier();
        if (one != null && parties.isListed(role)) {
            sink.report("parties." + list, "give \"" + single + "\" or \"" + list + "\", not both: \"" + single
                    + "\" for one party, \"" + list + "\" for several");
        } else if (one == null && !parties.isListed(role)) {
            sink.report("parties." + single, ViolationMessages.missingKey(single) + ", or \"" + list
                    + "\" where the " + single + "s are several");
        }
    }

    private void checkList(Parties parties, PartyRole role, Map<String, String> ids) {
        String list = "parties." + role.name() + "s";
        List<Party> side = role == PartyRole.customer ? parties.customers() : parties.suppliers();
        List<String> leads = new ArrayList<>();
        boolean anySigns = false;
        for (int i = 0; i < side.size(); i++) {
            Party party = side.get(i);
            if (party == null) {
                continue;
            }
            String path = list + "[" + i + "]";
            if (party.id() == null) {
                sink.report(path + ".id", ViolationMessages.missingKey("id") + "; each party in a list needs an id,"
                        + " which forums, measures and risks name");
            } else if (RESERVED.contains(party.id())) {
                sink.report(path + ".id", "\"" + party.id() + "\" names a side, not a party; give the party an id"
                        + " of its own, such as its short name");
            } else {
                String first = ids.putIfAbsent(party.id(), path + ".id");
                if (first != null) {
                    sink.report(path + ".id", "duplicate id \"" + party.id() + "\"; it is also used at " + first
                            + " (line " + sink.lineOf(first) + ")");
                }
            }
            if (party.role() == PartyStanding.lead) {
                leads.add(path);
            }
            if (party.role() == PartyStanding.subcontractor) {
                if (role == PartyRole.customer) {
                    sink.report(path + ".role", "a customer cannot be a subcontractor; a customer is lead or member");
                } else if (party.signatory() != null) {
                    sink.report(path + ".signatory", "a subcontractor is not a party to the Agreement and does not"
                            + " sign it; leave out its signatory, or make it a member of the consortium");
                }
            }
            anySigns |= party.signs();
        }
        if (!anySigns && !side.isEmpty()) {
            sink.report(list, "the " + role.name() + "s list only subcontractors; at least one " + role.name()
                    + " must be a party that signs");
        }
        for (int i = 1; i < leads.size(); i++) {
            sink.report(leads.get(i) + ".role", "the " + role.name() + "s have one lead at most; "
                    + leads.get(0) + " (line " + sink.lineOf(leads.get(0) + ".role") + ") is the lead already");
        }
        Side rules = parties.side(role);
        if (rules.decides() == SideDecision.lead && leads.isEmpty()) {
            sink.report("parties." + role.name() + "Side.decides", "the " + role.name() + "s decide by their lead,"
                    + " but none of them is the lead: give one of them \"role: lead\"");
        }
    }

    /**
     * Each party is a legal person of its own, so no two parties, on the same side or on opposite
     * sides, subcontractors included, may give the same organisation number; a number written with
     * other spacing is the same number.
     */
    private void checkOrgNumbers(Parties parties) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (PartyRole role : PartyRole.values()) {
            if (parties.isListed(role)) {
                List<Party> side = role == PartyRole.customer ? parties.customers() : parties.suppliers();
                for (int i = 0; i < side.size(); i++) {
                    checkOrgNumber(side.get(i), "parties." + role.name() + "s[" + i + "].orgNumber", seen);
                }
            } else {
                checkOrgNumber(role == PartyRole.customer ? parties.customer() : parties.supplier(),
                        "parties." + role.name() + ".orgNumber", seen);
            }
        }
    }

    private void checkOrgNumber(Party party, String path, Map<String, String> seen) {
        if (party == null || party.orgNumber() == null || party.orgNumberDigits().isBlank()) {
            return;
        }
        String first = seen.putIfAbsent(party.orgNumberDigits(), path);
        if (first != null) {
            sink.report(path, "organisation number " + party.orgNumberFormatted() + " is also given at " + first
                    + " (line " + sink.lineOf(first) + "); each party is a legal person of its own with its own"
                    + " number");
        }
    }

    private void checkCostShares(Parties parties) {
        Map<String, BigDecimal> shares = parties.customerSide().costShares();
        if (shares.isEmpty()) {
            return;
        }
        String path = "parties.customerSide.costShares";
        Map<String, Party> customers = new LinkedHashMap<>();
        for (Party party : parties.isListed(PartyRole.customer) ? parties.customers() : List.of(parties.customer())) {
            if (party != null && party.signs()) {
                customers.put(party.id() != null ? party.id() : PartyRole.customer.name(), party);
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> share : shares.entrySet()) {
            String at = path + "." + share.getKey();
            if (!customers.containsKey(share.getKey())) {
                String suggestion = Suggestions.closest(share.getKey(), customers.keySet())
                        .map(id -> "; did you mean \"" + id + "\"?")
                        .orElse("; the customers are " + Suggestions.quotedProse(new ArrayList<>(customers.keySet())));
                sink.report(at, "no customer has the id \"" + share.getKey() + "\"" + suggestion);
            }
            if (share.getValue() == null || share.getValue().signum() <= 0) {
                sink.report(at, "a cost share is a percentage above 0 (it is " + share.getValue() + ")");
            } else {
                total = total.add(share.getValue());
            }
        }
        for (String id : customers.keySet()) {
            if (!shares.containsKey(id)) {
                sink.report(path, "the customer \"" + id + "\" has no cost share; give every customer a share, or"
                        + " leave out costShares for equal shares");
            }
        }
        if (total.compareTo(WHOLE) != 0) {
            sink.report(path, "the cost shares add up to " + total.stripTrailingZeros().toPlainString()
                    + " per cent; together they must be 100");
        }
    }
}

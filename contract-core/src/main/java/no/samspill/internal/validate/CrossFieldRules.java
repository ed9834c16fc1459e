package no.samspill.internal.validate;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.samspill.catalogue.BaseAgreement;
import no.samspill.catalogue.BaseAgreementCatalogue;
import no.samspill.catalogue.BaseAgreementVersion;
import no.samspill.model.Amendment;
import no.samspill.model.BaseAgreementRef;
import no.samspill.model.Contract;
import no.samspill.model.ContractDetails;
import no.samspill.model.EscalationStep;
import no.samspill.model.Forum;
import no.samspill.model.ForumMember;
import no.samspill.model.Governance;
import no.samspill.model.Incentive;
import no.samspill.model.Measure;
import no.samspill.model.Objective;
import no.samspill.model.Parties;
import no.samspill.model.Party;
import no.samspill.model.PartyRole;
import no.samspill.model.PrincipleEntry;
import no.samspill.model.Risk;
import no.samspill.model.StandardPrinciple;
import no.samspill.model.Term;

/**
 * The rules that Bean Validation annotations cannot express because they look at more than one
 * value. Each rule runs whatever the others found; a part that is absent (already reported by
 * Bean Validation) only skips the checks that need it.
 */
final class CrossFieldRules {

    private static final List<String> STANDARD_PRINCIPLES =
            Arrays.stream(StandardPrinciple.values()).map(StandardPrinciple::id).toList();

    private final BaseAgreementCatalogue catalogue;
    private final MarkdownLite markdownLite;
    private final ProblemSink sink;

    CrossFieldRules(BaseAgreementCatalogue catalogue, MarkdownLite markdownLite, ProblemSink sink) {
        this.catalogue = catalogue;
        this.markdownLite = markdownLite;
        this.sink = sink;
    }

    void check(Contract contract) {
        checkFormatVersion(contract.samspill());
        ContractDetails details = contract.contract();
        if (details != null) {
            checkBaseAgreement(details.baseAgreement());
            checkTerm(details.term());
        }
        checkOrganisationNumbers(contract.parties());
        checkText("background", contract.background());
        checkText("vision", contract.vision());
        checkObjectives(contract.objectives(), details == null ? null : details.term());
        checkPrinciples(contract.principles());
        Map<String, String> forumIds = checkGovernance(contract.governance(), contract.parties());
        checkEscalation(contract.governance(), forumIds);
        checkRisks(contract.risks());
        checkIncentives(contract.incentives(), measureIds(contract.objectives()));
        checkAmendments(contract.amendments());
        new PartyReferences(sink, contract.parties()).check(contract);
    }

    private void checkFormatVersion(Integer samspill) {
        if (samspill != null && samspill != Contract.FORMAT_VERSION) {
            sink.report("samspill", "must be " + Contract.FORMAT_VERSION
                    + ", the only format version this release reads (it is " + samspill + ")");
        }
    }

    private void checkBaseAgreement(BaseAgreementRef ref) {
        if (ref == null || ref.code() == null || ref.code().isBlank()) {
            return;
        }
        Optional<BaseAgreement> agreement = catalogue.find(ref.code());
        if (agreement.isEmpty()) {
            List<String> codes = catalogue.codes();
            String suggestion = Suggestions.closest(ref.code(), codes)
                    .map(code -> "; did you mean \"" + code + "\"? The known codes are ")
                    .orElse("; the known codes are ");
            sink.report(CheckCatalogue.BASE_AGREEMENT_UNKNOWN, "contract.baseAgreement.code", "\"" + ref.code()
                    + "\" is not in the base-agreement catalogue" + suggestion + Suggestions.prose(codes));
            return;
        }
        if (ref.version() != null && agreement.get().version(ref.version()).isEmpty()) {
            List<String> versions = agreement.get().versions().stream().map(BaseAgreementVersion::version).toList();
            String known = versions.size() == 1
                    ? "the only known version is " + versions.get(0)
                    : "the known versions are " + Suggestions.prose(versions);
            sink.report(CheckCatalogue.BASE_VERSION_UNKNOWN, "contract.baseAgreement.version", "\"" + ref.version() + "\" is not a version of "
                    + ref.code() + " that the catalogue knows; " + known);
        }
    }

    private void checkTerm(Term term) {
        if (term == null) {
            return;
        }
        if (term.duration() != null && term.end() != null) {
            sink.report("contract.term", "give either duration or end, not both");
        } else if (term.duration() == null && term.end() == null) {
            sink.report("contract.term", "missing \"duration\" or \"end\"");
        }
        if (term.duration() != null && !isPositive(term.duration())) {
            sink.report("contract.term.duration",
                    "the duration must be a positive period such as P5Y (it is " + term.duration() + ")");
        }
        if (term.end() != null && term.start() != null && !term.end().isAfter(term.start())) {
            sink.report("contract.term.end",
                    "the end (" + term.end() + ") must be after the start (" + term.start() + ")");
        }
        List<Period> extensions = term.extensions();
        for (int i = 0; i < extensions.size(); i++) {
            Period extension = extensions.get(i);
            if (extension != null && !isPositive(extension)) {
                sink.report("contract.term.extensions[" + i + "]",
                        "an extension must be a positive period such as P2Y (it is " + extension + ")");
            }
        }
        if (term.extensionNoticeMonths() != null && extensions.isEmpty()) {
            sink.report("contract.term.extensionNoticeMonths",
                    "extensionNoticeMonths needs at least one extension; add \"extensions\" or leave it out");
        }
    }

    private void checkOrganisationNumbers(Parties parties) {
        if (parties == null) {
            return;
        }
        for (PartyRole role : PartyRole.values()) {
            if (parties.isListed(role)) {
                List<Party> side = role == PartyRole.customer ? parties.customers() : parties.suppliers();
                for (int i = 0; i < side.size(); i++) {
                    checkOrganisationNumber(side.get(i), "parties." + role + "s[" + i + "].orgNumber");
                }
            } else {
                checkOrganisationNumber(role == PartyRole.customer ? parties.customer() : parties.supplier(),
                        "parties." + role + ".orgNumber");
            }
        }
        new PartyRules(sink).check(parties);
    }

    private void checkOrganisationNumber(Party party, String path) {
        if (party != null && party.orgNumber() != null && !party.orgNumber().isBlank()) {
            OrganisationNumber.problem(party.orgNumber()).ifPresent(message -> sink.report(path, message));
        }
    }

    private void checkObjectives(List<Objective> objectives, Term term) {
        Map<String, String> objectiveIds = new LinkedHashMap<>();
        Map<String, String> measureIds = new LinkedHashMap<>();
        LocalDate termStart = term == null ? null : term.start();
        LocalDate termLastDay = lastDayOf(term);
        for (int i = 0; i < objectives.size(); i++) {
            Objective objective = objectives.get(i);
            if (objective == null) {
                continue;
            }
            String path = "objectives[" + i + "]";
            requireUnique(objectiveIds, objective.id(), path + ".id");
            checkText(path + ".description", objective.description());
            List<Measure> measures = objective.measures();
            for (int j = 0; j < measures.size(); j++) {
                Measure measure = measures.get(j);
                if (measure == null) {
                    continue;
                }
                String measurePath = path + ".measures[" + j + "]";
                requireUnique(measureIds, measure.id(), measurePath + ".id");
                checkDeadline(measurePath + ".deadline", measure.deadline(), termStart, termLastDay);
            }
        }
    }

    private void checkDeadline(String path, LocalDate deadline, LocalDate termStart, LocalDate termLastDay) {
        if (deadline == null) {
            return;
        }
        if (termStart != null && deadline.isBefore(termStart)) {
            sink.report(path, "the deadline " + deadline + " is before the start of the term (" + termStart + ")");
        } else if (termLastDay != null && deadline.isAfter(termLastDay)) {
            sink.report(path, "the deadline " + deadline + " is after the end of the term (" + termLastDay + ")");
        }
    }

    private void checkPrinciples(List<PrincipleEntry> principles) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (int i = 0; i < principles.size(); i++) {
            PrincipleEntry entry = principles.get(i);
            if (entry == null || entry.id() == null) {
                continue;
            }
            String path = "principles[" + i + "]";
            // A bare slug has no ".id" of its own in the file; the entry itself is the id.
            String idPath = sink.isPresent(path + ".id") ? path + ".id" : path;
            requireUnique(ids, entry.id(), idPath);
            boolean hasTitle = isGiven(entry.title());
            boolean hasDescription = isGiven(entry.description());
            if (entry.isStandard()) {
                if (hasTitle) {
                    sink.report(path + ".title", "a standard principle has its built-in title; leave out \"title\""
                            + " and use \"application\" to say how it applies here");
                }
                if (hasDescription) {
                    sink.report(path + ".description", "a standard principle has its built-in text; leave out"
                            + " \"description\" and use \"application\" to say how it applies here");
                }
            } else if (!hasTitle && !hasDescription) {
                String suggestion = Suggestions.closest(entry.id(), STANDARD_PRINCIPLES)
                        .map(id -> "; did you mean \"" + id + "\"?")
                        .orElse(" (" + Suggestions.prose(STANDARD_PRINCIPLES)
                                + "); a principle of your own needs \"title\" and \"description\"");
                sink.report(idPath, "\"" + entry.id() + "\" is not a standard principle" + suggestion);
            } else {
                String ownPrinciple = "; a principle of the parties' own needs a title and a description";
                if (!hasTitle) {
                    sink.report(path + ".title", ViolationMessages.missingKey("title") + ownPrinciple);
                }
                if (!hasDescription) {
                    sink.report(CheckCatalogue.PRINCIPLE_WITHOUT_DESCRIPTION, path + ".description",
                            ViolationMessages.missingKey("description") + ownPrinciple);
                }
                if (entry.application() != null) {
                    sink.report(path + ".application", "\"application\" is only for the standard principles;"
                            + " a principle of the parties' own says it all in \"description\"");
                }
            }
            checkText(path + ".application", entry.application());
            checkText(path + ".description", entry.description());
        }
    }

    /** Checks forum ids and members; answers the forum ids, each with the path it was first given at. */
    private Map<String, String> checkGovernance(Governance governance, Parties parties) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (governance == null) {
            return ids;
        }
        List<Forum> forums = governance.forums();
        for (int i = 0; i < forums.size(); i++) {
            Forum forum = forums.get(i);
            if (forum == null) {
                continue;
            }
            String path = "governance.forums[" + i + "]";
            requireUnique(ids, forum.id(), path + ".id");
            checkMembers(path + ".members", forum.members(), parties);
        }
        checkEveryPartySeated(forums, parties);
        return ids;
    }

    /**
     * Every party that signs has a seat in some forum: by its id, or through its side where it is
     * the only party of the side that signs. A side named in a list of several seats no one in
     * particular, so a party bound by the Agreement would have no voice in it.
     */
    private void checkEveryPartySeated(List<Forum> forums, Parties parties) {
        if (parties == null || !parties.isListed()) {
            return;
        }
        Set<String> seated = new java.util.HashSet<>();
        Set<PartyRole> sidesNamed = EnumSet.noneOf(PartyRole.class);
        for (Forum forum : forums) {
            for (ForumMember member : forum == null ? List.<ForumMember>of() : forum.members()) {
                if (member != null && member.party() != null) {
                    seated.add(member.party().value());
                    if (member.party().side() != null) {
                        sidesNamed.add(member.party().side());
                    }
                }
            }
        }
        List<no.samspill.model.ContractParty> all = parties.all();
        for (PartyRole role : PartyRole.values()) {
            List<no.samspill.model.ContractParty> signing = all.stream()
                    .filter(p -> p.side() == role && p.signs() && p.id() != null).toList();
            for (int i = 0; i < signing.size(); i++) {
                no.samspill.model.ContractParty party = signing.get(i);
                boolean throughSide = signing.size() == 1 && sidesNamed.contains(role);
                if (!seated.contains(party.id()) && !throughSide) {
                    String path = parties.isListed(role)
                            ? "parties." + role + "s[" + (role == PartyRole.customer ? parties.customers()
                                    : parties.suppliers()).indexOf(party.party()) + "]"
                            : "parties." + role;
                    sink.report(path, "\"" + party.id() + "\" signs the Agreement but has no seat in any forum;"
                            + " give it a seat by its id in at least one forum");
                }
            }
        }
    }

    private void checkMembers(String path, List<ForumMember> members, Parties parties) {
        if (members.isEmpty()) {
            return; // "at least one member is required" already says it
        }
        Set<PartyRole> missing = EnumSet.allOf(PartyRole.class);
        for (int j = 0; j < members.size(); j++) {
            ForumMember member = members.get(j);
            PartyRole side = member == null || parties == null ? null : parties.sideOf(member.party());
            if (side != null) {
                missing.remove(side);
            } else if (member != null && member.party() != null && parties != null) {
                List<String> known = new ArrayList<>(List.of("customer", "supplier"));
                parties.all().stream().map(no.samspill.model.ContractParty::id)
                        .filter(id -> id != null && !known.contains(id)).forEach(known::add);
                sink.report(path + "[" + j + "].party", unknownReference("party", member.party().value(),
                        new java.util.LinkedHashSet<>(known)));
            }
        }
        if (missing.size() == PartyRole.values().length) {
            sink.report(path, "the forum needs at least one member from the customer and one from the supplier");
        } else {
            for (PartyRole role : missing) {
                sink.report(path, "the forum needs at least one member from the " + role);
            }
        }
    }

    private void checkEscalation(Governance governance, Map<String, String> forumIds) {
        if (governance == null) {
            return;
        }
        Map<String, String> used = new LinkedHashMap<>();
        List<EscalationStep> steps = governance.escalation();
        for (int i = 0; i < steps.size(); i++) {
            EscalationStep step = steps.get(i);
            if (step == null || step.forum() == null) {
                continue;
            }
            String path = "governance.escalation[" + i + "].forum";
            if (!forumIds.containsKey(step.forum())) {
                sink.report(path, unknownReference("forum", step.forum(), forumIds.keySet()));
            }
            String first = used.putIfAbsent(step.forum(), path);
            if (first != null) {
                sink.report(path, "the forum \"" + step.forum() + "\" is used twice in the escalation; it is also at "
                        + first + " (line " + sink.lineOf(first) + ")");
            }
        }
    }

    private void checkRisks(List<Risk> risks) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (int i = 0; i < risks.size(); i++) {
            Risk risk = risks.get(i);
            if (risk != null) {
                requireUnique(ids, risk.id(), "risks[" + i + "].id");
            }
        }
    }

    private void checkIncentives(List<Incentive> incentives, Set<String> measureIds) {
        for (int i = 0; i < incentives.size(); i++) {
            Incentive incentive = incentives.get(i);
            if (incentive == null) {
                continue;
            }
            String path = "incentives[" + i + "]";
            if (incentive.measure() != null && !measureIds.contains(incentive.measure())) {
                sink.report(path + ".measure", unknownReference("measure", incentive.measure(), measureIds));
            }
            checkText(path + ".description", incentive.description());
        }
    }

    private void checkAmendments(List<Amendment> amendments) {
        for (int i = 0; i < amendments.size(); i++) {
            Amendment amendment = amendments.get(i);
            if (amendment != null) {
                checkText("amendments[" + i + "].change", amendment.change());
            }
        }
    }

    private void checkText(String path, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        boolean severalLines = text.strip().lines().count() > 1;
        for (MarkdownLite.Finding finding : markdownLite.check(text)) {
            String where = severalLines ? " (line " + finding.line() + " of the text)" : "";
            sink.report(path, finding.message() + where);
        }
    }

    private void requireUnique(Map<String, String> firstPaths, String id, String path) {
        if (id == null) {
            return;
        }
        String first = firstPaths.putIfAbsent(id, path);
        if (first != null) {
            sink.report(path, "duplicate id \"" + id + "\"; it is also used at " + first
                    + " (line " + sink.lineOf(first) + ")");
        }
    }

    static String unknownReference(String kind, String id, Set<String> known) {
        String head = "no " + kind + " has the id \"" + id + "\"";
        Optional<String> closest = Suggestions.closest(id, known);
        if (closest.isPresent()) {
            return head + "; did you mean \"" + closest.get() + "\"?";
        }
        if (known.isEmpty()) {
            return head + "; the description defines no " + kind + "s";
        }
        return head + "; the " + kind + " ids are " + Suggestions.quotedProse(new ArrayList<>(known));
    }

    private static Set<String> measureIds(List<Objective> objectives) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Objective objective : objectives) {
            if (objective == null) {
                continue;
            }
            for (Measure measure : objective.measures()) {
                if (measure != null && measure.id() != null) {
                    ids.putIfAbsent(measure.id(), measure.id());
                }
            }
        }
        return ids.keySet();
    }

    /** The last day of the initial term when the term is consistent enough to know it; null otherwise. */
    static LocalDate lastDayOf(Term term) {
        if (term == null || (term.duration() == null) == (term.end() == null)) {
            return null;
        }
        if (term.end() != null) {
            return term.start() == null || term.end().isAfter(term.start()) ? term.end() : null;
        }
        return term.start() != null && isPositive(term.duration()) ? term.lastDay() : null;
    }

    static boolean isPositive(Period period) {
        return !period.isZero() && !period.isNegative();
    }

    private static boolean isGiven(String value) {
        return value != null && !value.isBlank();
    }
}

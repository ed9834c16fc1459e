package no.samspill.internal.validate;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import no.samspill.model.Direction;
import no.samspill.model.EscalationStep;
import no.samspill.model.Exit;
import no.samspill.model.Forum;
import no.samspill.model.ForumLevel;
import no.samspill.model.ForumMember;
import no.samspill.model.ForumRoles;
import no.samspill.model.Frequency;
import no.samspill.model.Governance;
import no.samspill.model.HealthCheck;
import no.samspill.model.HealthCheckMethod;
import no.samspill.model.Incentive;
import no.samspill.model.Measure;
import no.samspill.model.MeasureValue;
import no.samspill.model.Objective;
import no.samspill.model.PartyRef;
import no.samspill.model.PartyRole;
import no.samspill.model.Parties;
import no.samspill.model.PrincipleEntry;
import no.samspill.model.ProcurementRegulation;
import no.samspill.model.RelationshipManagers;
import no.samspill.model.Term;

/**
 * The structural checks: what makes a relational contract weak, or at odds with itself or with
 * its base agreement, though every value in it is allowed. Each finding carries the code of its
 * check in {@link CheckCatalogue}. A part that is absent or broken is left to the format checks;
 * these checks only look at what they can read.
 */
final class StructuralChecks {

    /** The least number of steps before a matter leaves the collaboration for mediation or the courts. */
    static final int MIN_ESCALATION_STEPS = 2;
    /** The most days a step can hold a matter before it stalls instead of rising. */
    static final int MAX_STEP_DAYS = 30;
    /** The latest an early warning meeting is still early. */
    static final int MAX_EARLY_WARNING_DAYS = 14;
    /** The smallest group whose survey answers the health-check clause shows on their own. */
    static final int SURVEY_GROUP_MINIMUM = 5;
    /** The longest a framework agreement may run under FOA § 26-1 unless there are special reasons. */
    static final Period FRAMEWORK_LIMIT = Period.ofYears(4);

    private final BaseAgreementCatalogue catalogue;
    private final ProblemSink sink;

    StructuralChecks(BaseAgreementCatalogue catalogue, ProblemSink sink) {
        this.catalogue = catalogue;
        this.sink = sink;
    }

    void check(Contract contract) {
        ContractDetails details = contract.contract();
        Optional<BaseAgreement> agreement = Optional.empty();
        Optional<BaseAgreementVersion> version = Optional.empty();
        if (details != null && details.baseAgreement() != null && details.baseAgreement().code() != null) {
            agreement = catalogue.find(details.baseAgreement().code());
            version = agreement.flatMap(a -> a.version(details.baseAgreement().version()));
        }
        if (details != null) {
            checkTerm(details, agreement);
        }
        if (agreement.isPresent() && version.isPresent()) {
            checkAmendments(contract.amendments(), agreement.get(), version.get());
        }
        agreement.ifPresent(a -> checkPrinciples(contract.principles(), a));
        Map<String, Measure> measures = checkObjectives(contract.objectives());
        checkIncentives(contract.incentives(), measures);
        Governance governance = contract.governance();
        if (governance != null && governance.forums().stream().anyMatch(f -> f != null)) {
            checkExit(governance.exit(), details);
            checkForums(governance);
            Parties parties = contract.parties() == null ? new Parties(null, null) : contract.parties();
            checkReporting(governance, contract.objectives(), parties);
            checkHealthCheck(governance, parties);
            checkEscalation(governance);
            checkEarlyWarning(governance);
        }
    }

    // ---- the base agreement and the term

    private void checkTerm(ContractDetails details, Optional<BaseAgreement> agreement) {
        Term term = details.term();
        LocalDate lastDay = lastDayOf(term);
        if (lastDay == null) {
            return;
        }
        LocalDate lastPossibleDay = lastDay;
        for (Period extension : term.extensions()) {
            if (extension == null || !CrossFieldRules.isPositive(extension)) {
                return;
            }
            lastPossibleDay = lastPossibleDay.plus(extension);
        }
        String termPath = term.end() != null ? "contract.term.end" : "contract.term.duration";
        BaseAgreementRef ref = details.baseAgreement();
        if (agreement.isPresent() && agreement.get().framework() && boundByGeneralRegulation(details)) {
            LocalDate limit = term.start().plus(FRAMEWORK_LIMIT).minusDays(1);
            if (lastPossibleDay.isAfter(limit)) {
                String withExtensions = term.extensions().isEmpty() ? "" : ", with its extensions,";
                sink.report(CheckCatalogue.FRAMEWORK_TERM_TOO_LONG, term.extensions().isEmpty() ? termPath
                        : "contract.term.extensions", "the Agreement, built on a framework agreement (" + ref.code()
                        + "), can run" + withExtensions + " until " + lastPossibleDay + ", more than four years from"
                        + " its start on " + term.start() + "; FOA § 26-1 permits a framework agreement of more than"
                        + " four years only where there are special reasons: shorten the term or the extensions, or"
                        + " accept this warning with the reasons");
            }
        }
        if (ref == null || ref.lastDay() == null) {
            return;
        }
        if (lastDay.isAfter(ref.lastDay())) {
            sink.report(CheckCatalogue.TERM_OUTLASTS_BASE, termPath, "the initial term ends on " + lastDay
                    + ", after the last day of the base agreement, " + ref.lastDay() + "; after that day the Agreement"
                    + " would govern no performance under the base agreement: end the term no later than "
                    + ref.lastDay() + ", or correct contract.baseAgreement.lastDay");
        } else if (lastPossibleDay.isAfter(ref.lastDay())) {
            sink.report(CheckCatalogue.EXTENSIONS_OUTLAST_BASE, "contract.term.extensions", "with every extension"
                    + " used, the term runs until " + lastPossibleDay + ", after the last day of the base agreement ("
                    + ref.lastDay() + ", contract.baseAgreement.lastDay); an extension the Agreement offers must be"
                    + " one the base agreement can follow: shorten the extensions, or, where the base agreement and"
                    + " FOA §§ 28-1 and 28-2 allow it, extend the base agreement first");
        }
    }

    private static boolean boundByGeneralRegulation(ContractDetails details) {
        return details.procurement() == null || details.procurement().regulation() == ProcurementRegulation.general;
    }

    private void checkAmendments(List<Amendment> amendments, BaseAgreement agreement, BaseAgreementVersion version) {
        for (int i = 0; i < amendments.size(); i++) {
            Amendment amendment = amendments.get(i);
            if (amendment == null || amendment.clause() == null || !amendment.clause().matches(Amendment.CLAUSE_NUMBER)) {
                continue;
            }
            if (version.knowsClause(amendment.clause())) {
                continue;
            }
            String agreementName = agreement.code() + " " + version.version();
            List<String> known = knownClauses(version);
            String what = known.isEmpty()
                    ? "the catalogue knows no clause numbers of the general text of " + agreementName
                            + ", so clause " + amendment.clause() + " cannot be checked"
                    : "the catalogue does not know a clause " + amendment.clause() + " in the general text of "
                            + agreementName + "; the clauses it knows are " + Suggestions.prose(known);
            sink.report(CheckCatalogue.AMENDMENT_CLAUSE_UNKNOWN, "amendments[" + i + "].clause", what
                    + "; an amendment that does not identify the clause it changes may yield to the general text"
                    + " under the base agreement's precedence clause: check the number against the signed base"
                    + " agreement, then accept this warning");
        }
    }

    private static List<String> knownClauses(BaseAgreementVersion version) {
        Set<String> known = new LinkedHashSet<>(version.generalTextClauses());
        version.clauses().values().forEach(reference -> known.add(reference.number()));
        return new ArrayList<>(known);
    }

    private void checkExit(Exit exit, ContractDetails details) {
        if (exit == null || exit.transitionPlanMonths() == null || details == null) {
            return;
        }
        LocalDate lastDay = lastDayOf(details.term());
        LocalDate signed = details.date() != null ? details.date() : details.term().start();
        // A contract dated after its own term has a problem of its own; the plan's due date says nothing then.
        if (lastDay == null || signed == null || signed.isAfter(lastDay)) {
            return;
        }
        LocalDate due = signed.plusMonths(exit.transitionPlanMonths());
        if (due.isAfter(lastDay)) {
            sink.report(CheckCatalogue.EXIT_PLAN_AFTER_TERM, "governance.exit.transitionPlanMonths", "the exit and"
                    + " transition plan is due " + exit.transitionPlanMonths() + " months after "
                    + (details.date() != null ? "signing (" : "the start (") + signed + "), on " + due
                    + ", after the initial term ends on " + lastDay + "; a plan due after the term cannot be prepared"
                    + " and approved under the Agreement: make the plan fall due before the initial term ends");
        }
    }

    // ---- objectives, measures and incentives

    /** Checks objectives and measures; answers every measure by its id. */
    private Map<String, Measure> checkObjectives(List<Objective> objectives) {
        Map<String, Measure> byId = new LinkedHashMap<>();
        for (int i = 0; i < objectives.size(); i++) {
            Objective objective = objectives.get(i);
            if (objective == null) {
                continue;
            }
            String path = "objectives[" + i + "]";
            if (objective.measures().isEmpty()) {
                sink.report(CheckCatalogue.OBJECTIVE_WITHOUT_MEASURE, path + ".measures", "the objective \""
                        + objective.id() + "\" has no measure, so whether it is reached is a matter of opinion and the"
                        + " recovery plan has nothing to rest on; the Agreement then has the Parties set measures at the"
                        + " reporting forum's first meeting: give at least one measure with a baseline and a target");
            }
            for (int j = 0; j < objective.measures().size(); j++) {
                Measure measure = objective.measures().get(j);
                if (measure != null) {
                    checkMeasure(path + ".measures[" + j + "]", measure);
                    if (measure.id() != null) {
                        byId.putIfAbsent(measure.id(), measure);
                    }
                }
            }
        }
        return byId;
    }

    private void checkMeasure(String path, Measure measure) {
        String name = "the measure \"" + measure.id() + "\"";
        if (measure.baseline() == null && !isGiven(measure.method())) {
            sink.report(CheckCatalogue.MEASURE_WITHOUT_BASELINE, path + ".baseline", name + " has neither a"
                    + " baseline nor a method; the Agreement then has the baseline set at the first measurement by a"
                    + " procedure still to be agreed, which leaves the starting point open to dispute: give the"
                    + " baseline, or the method");
        }
        if (measure.target() == null) {
            sink.report(CheckCatalogue.MEASURE_WITHOUT_TARGET, path + ".target", name + " has no target, so it"
                    + " cannot show whether the objective is reached, nor trigger the recovery plan: give the value"
                    + " the Parties aim for by the deadline");
        }
        MeasureValue baseline = measure.baseline();
        MeasureValue target = measure.target();
        if (baseline == null || target == null || !baseline.isNumber() || !target.isNumber()) {
            return;
        }
        int comparison = target.number().compareTo(baseline.number());
        if (comparison == 0 && measure.better() == null) {
            sink.report(CheckCatalogue.MEASURE_DIRECTION_UNCLEAR, path + ".target", name + " has the same baseline"
                    + " and target (" + target.number().toPlainString() + ") and does not say which way it improves,"
                    + " so a deviation cannot be told from an improvement: add \"better: higher\" or"
                    + " \"better: lower\"");
        } else if (comparison != 0 && measure.better() != null
                && (comparison > 0) != (measure.better() == Direction.higher)) {
            sink.report(CheckCatalogue.MEASURE_TARGET_BEHIND_BASELINE, path + ".target", name + " improves "
                    + (measure.better() == Direction.higher ? "upwards" : "downwards") + " (better: " + measure.better()
                    + "), but its target (" + target.number().toPlainString() + ") is "
                    + (comparison > 0 ? "higher" : "lower") + " than its baseline ("
                    + baseline.number().toPlainString() + "), so reaching it means getting worse: correct the target"
                    + " or \"better\"");
        }
    }

    private void checkIncentives(List<Incentive> incentives, Map<String, Measure> measures) {
        for (int i = 0; i < incentives.size(); i++) {
            Incentive incentive = incentives.get(i);
            if (incentive == null || incentive.measure() == null || !measures.containsKey(incentive.measure())) {
                continue;
            }
            Measure measure = measures.get(incentive.measure());
            String path = "incentives[" + i + "].measure";
            String kind = kind(incentive);
            if (measure.target() == null || !measure.target().isNumber()) {
                sink.report(CheckCatalogue.INCENTIVE_TARGET_NOT_NUMERIC, path, "the " + kind + " rests on the"
                        + " measure \"" + measure.id() + "\", which has no numeric target, so whether it is earned"
                        + " may be open to dispute: give the measure a numeric target, or tie the " + kind
                        + " to a measure that has one");
            }
            if (measure.deadline() == null) {
                sink.report(CheckCatalogue.INCENTIVE_WITHOUT_DEADLINE, path, "the " + kind + " rests on the"
                        + " measure \"" + measure.id() + "\", which has no deadline; unless the incentive sets the"
                        + " period it is calculated for, it is unclear when it falls due: give the measure a deadline,"
                        + " or state the calculation period in the incentive");
            }
        }
    }

    private static String kind(Incentive incentive) {
        if (incentive.type() == null) {
            return "incentive";
        }
        return switch (incentive.type()) {
            case bonus -> "bonus";
            case malus -> "deduction (malus)";
            case gainshare -> "gain-share incentive";
        };
    }

    // ---- governance

    private void checkForums(Governance governance) {
        List<Forum> forums = governance.forums();
        boolean strategic = false;
        for (int i = 0; i < forums.size(); i++) {
            Forum forum = forums.get(i);
            if (forum == null) {
                continue;
            }
            strategic |= forum.level() == ForumLevel.strategic;
            if (forum.responsibilities().isEmpty()) {
                sink.report(CheckCatalogue.FORUM_WITHOUT_RESPONSIBILITIES, "governance.forums[" + i
                        + "].responsibilities", "the forum \"" + forum.id() + "\" has no responsibilities, so"
                        + " neither Party can tell which matters it decides or which matters in the escalation ladder"
                        + " are within its remit: list what it answers for");
            }
        }
        if (!strategic) {
            sink.report(CheckCatalogue.NO_STRATEGIC_FORUM, "governance.forums", "no forum works at the strategic"
                    + " level, so changes to the Agreement, the exit and transition plan and the periodic review go to"
                    + " the reporting forum, and the escalation ladder ends below senior management: add a strategic"
                    + " forum of managers with authority to decide for each Party");
        }
        RelationshipManagers managers = governance.relationshipManagers();
        if (managers == null || (managers.customer() == null && managers.supplier() == null)) {
            sink.report(CheckCatalogue.RELATIONSHIP_MANAGER_MISSING, "governance.relationshipManagers",
                    "neither Party names a relationship manager; the Agreement obliges each to appoint one before the"
                            + " first forum meeting, but until then early warnings and change proposals have no named"
                            + " recipient: name one for the Customer and one for the Supplier");
            return;
        }
        for (PartyRole role : PartyRole.values()) {
            if ((role == PartyRole.customer ? managers.customer() : managers.supplier()) == null) {
                sink.report(CheckCatalogue.RELATIONSHIP_MANAGER_MISSING, "governance.relationshipManagers." + role,
                        party(role) + " names no relationship manager; the Agreement obliges it to appoint one"
                                + " before the first forum meeting, but until then early warnings and change proposals"
                                + " have no named recipient: name one");
            }
        }
    }

    private void checkReporting(Governance governance, List<Objective> objectives, Parties parties) {
        ForumRoles roles = ForumRoles.of(governance.forums());
        Forum reporting = roles.reporting();
        String forumPath = "governance.forums[" + governance.forums().indexOf(reporting) + "]";
        Measure mostFrequent = null;
        String mostFrequentPath = null;
        for (int i = 0; i < objectives.size(); i++) {
            Objective objective = objectives.get(i);
            if (objective == null) {
                continue;
            }
            for (int j = 0; j < objective.measures().size(); j++) {
                Measure measure = objective.measures().get(j);
                if (measure == null) {
                    continue;
                }
                String path = "objectives[" + i + "].measures[" + j + "]";
                if (measure.frequency() != null && (mostFrequent == null
                        || measure.frequency().timesPerYear() > mostFrequent.frequency().timesPerYear())) {
                    mostFrequent = measure;
                    mostFrequentPath = path;
                }
                checkResponsibleSeated(path, measure, reporting, parties);
            }
        }
        Frequency meets = reporting.frequency();
        if (mostFrequent != null && meets != null && meets.timesPerYear() < mostFrequent.frequency().timesPerYear()) {
            sink.report(CheckCatalogue.REPORTING_FORUM_TOO_RARE, forumPath + ".frequency", "the forum \""
                    + reporting.id() + "\" receives the measure reports and meets " + often(meets) + ", but the"
                    + " measure \"" + mostFrequent.id() + "\" (" + mostFrequentPath + ") is reported "
                    + often(mostFrequent.frequency()) + "; reports wait for a meeting, and a recovery plan due within"
                    + " 30 days would need an extraordinary one: let the forum meet at least "
                    + often(mostFrequent.frequency()) + ", or report the measure less often");
        }
    }

    private void checkResponsibleSeated(String path, Measure measure, Forum reporting, Parties parties) {
        PartyRef responsible = measure.responsible();
        List<PartyRef> answering = responsible.isJoint()
                ? List.of(PartyRef.of(PartyRole.customer), PartyRef.of(PartyRole.supplier))
                : List.of(responsible);
        for (PartyRef party : answering) {
            if (parties.sideOf(party) != null && !seatedIn(reporting, party, parties)) {
                String who = party.side() != null ? party(party.side()) : "\"" + party.value() + "\"";
                sink.report(CheckCatalogue.MEASURE_RESPONSIBLE_NOT_IN_FORUM, path + ".responsible", who
                        + " is responsible for the measure \"" + measure.id() + "\" but has no seat in the forum \""
                        + reporting.id() + "\", which receives its reports: give " + who + " a seat there");
            }
        }
    }

    /**
     * Whether a side, or a party, has a seat in the forum: a side through any of its parties; a
     * party by its id, or through its side where it is the only party of that side that signs.
     */
    private static boolean seatedIn(Forum forum, PartyRef party, Parties parties) {
        PartyRole side = parties.sideOf(party);
        long signing = parties.all().stream().filter(p -> p.side() == side && p.signs()).count();
        for (ForumMember member : forum.members()) {
            if (member == null || member.party() == null) {
                continue;
            }
            if (party.side() != null ? parties.sideOf(member.party()) == side
                    : member.party().equals(party) || (signing == 1 && member.party().side() == side)) {
                return true;
            }
        }
        return false;
    }

    private void checkHealthCheck(Governance governance, Parties parties) {
        HealthCheck check = governance.healthCheck();
        // Without a method of its own, the health-check clause has the check made as a survey.
        if (check != null && check.method() != HealthCheckMethod.survey) {
            return;
        }
        List<String> small = new ArrayList<>();
        for (ForumLevel level : ForumLevel.upwards()) {
            if (governance.forums().stream().noneMatch(f -> f != null && f.level() == level)) {
                continue;
            }
            List<String> groups = new ArrayList<>();
            for (PartyRole role : PartyRole.values()) {
                int seats = seats(governance.forums(), level, role, parties);
                if (seats < SURVEY_GROUP_MINIMUM) {
                    groups.add(party(role) + (groups.isEmpty() ? " has " : " ") + seats);
                }
            }
            if (!groups.isEmpty()) {
                small.add(Suggestions.prose(groups) + " at " + level + " level");
            }
        }
        if (small.isEmpty()) {
            return;
        }
        String path = check == null ? "governance.healthCheck" : "governance.healthCheck.method";
        sink.report(CheckCatalogue.SURVEY_SMALL_GROUP, path, "the health check is a survey, but of the forum members "
                + String.join("; ", small) + "; the Agreement shows no separate result for a level with fewer than "
                + SURVEY_GROUP_MINIMUM + " answers, so the results for such a level will be missing: let each Party"
                + " name at least " + SURVEY_GROUP_MINIMUM + " respondents at each level, or accept this warning");
    }

    /** The distinct roles a party holds in the forums at one level. */
    private static int seats(List<Forum> forums, ForumLevel level, PartyRole role, Parties parties) {
        Set<String> roles = new LinkedHashSet<>();
        for (Forum forum : forums) {
            if (forum == null || forum.level() != level) {
                continue;
            }
            for (ForumMember member : forum.members()) {
                if (member != null && parties.sideOf(member.party()) == role && member.role() != null) {
                    roles.add(member.role().strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return roles.size();
    }

    // ---- escalation and early warning

    private void checkEscalation(Governance governance) {
        Map<String, Forum> forums = new LinkedHashMap<>();
        for (Forum forum : governance.forums()) {
            if (forum != null && forum.id() != null) {
                forums.putIfAbsent(forum.id(), forum);
            }
        }
        List<EscalationStep> ladder = governance.ladder();
        boolean given = !governance.escalation().isEmpty();
        if (ladder.size() < MIN_ESCALATION_STEPS) {
            String which = ladder.isEmpty() ? "no step" : "one step, \"" + ladder.get(0).forum() + "\",";
            String because = given ? "" : " (without steps of its own, the escalation ladder is every forum from"
                    + " the operational level up, and there is one forum)";
            sink.report(CheckCatalogue.ESCALATION_FEW_STEPS, "governance.escalation", "the escalation ladder has "
                    + which + " before the base agreement's dispute resolution" + because + "; a matter the first"
                    + " forum cannot resolve should go to a forum with more authority first: give at least "
                    + MIN_ESCALATION_STEPS + " steps");
        }
        ForumLevel highest = null;
        for (Forum forum : forums.values()) {
            if (forum.level() != null && (highest == null || highest.isBelow(forum.level()))) {
                highest = forum.level();
            }
        }
        Forum previous = null;
        for (int i = 0; i < ladder.size(); i++) {
            EscalationStep step = ladder.get(i);
            String path = "governance.escalation[" + i + "]";
            if (step == null) {
                continue;
            }
            if (given && step.days() != null && step.days() > MAX_STEP_DAYS) {
                sink.report(CheckCatalogue.ESCALATION_STEP_TOO_LONG, path + ".days", "the forum \"" + step.forum()
                        + "\" has " + step.days() + " days at this step; a matter held longer than " + MAX_STEP_DAYS
                        + " days at one step stalls instead of moving on: give it " + MAX_STEP_DAYS + " days or fewer");
            }
            Forum forum = forums.get(step.forum());
            if (forum == null || forum.level() == null) {
                continue;
            }
            if (previous != null && forum.level().isBelow(previous.level())) {
                sink.report(CheckCatalogue.ESCALATION_DESCENDS, path + ".forum", "the escalation ladder goes down: \""
                        + forum.id() + "\" (" + forum.level() + ") follows \"" + previous.id() + "\" ("
                        + previous.level() + "), so a matter the higher forum could not resolve goes to one with less"
                        + " authority: put each step at the level of the step before it or higher");
            }
            previous = forum;
            if (given && i == ladder.size() - 1 && highest != null && forum.level().isBelow(highest)) {
                sink.report(CheckCatalogue.ESCALATION_TOP_NOT_HIGHEST, path + ".forum", "the escalation ladder ends"
                        + " at \"" + forum.id() + "\" (" + forum.level() + "), below the " + highest + " level of the"
                        + " forums; a matter should reach the highest forum before the base agreement's dispute"
                        + " resolution: make a " + highest + " forum the last step");
            }
        }
    }

    private void checkEarlyWarning(Governance governance) {
        Integer days = governance.earlyWarning().meetingWithinDays();
        if (days != null && days > MAX_EARLY_WARNING_DAYS) {
            sink.report(CheckCatalogue.EARLY_WARNING_LATE, "governance.earlyWarning.meetingWithinDays", "the early"
                    + " warning meeting may be held as late as " + days + " calendar days after a warning is received;"
                    + " a warning is early only if it is acted on while there is still time: meet within "
                    + MAX_EARLY_WARNING_DAYS + " calendar days");
        }
    }

    // ---- principles

    private void checkPrinciples(List<PrincipleEntry> principles, BaseAgreement agreement) {
        for (int i = 0; i < principles.size(); i++) {
            PrincipleEntry entry = principles.get(i);
            // An application says how the principle applies here: the parties have weighed the point.
            if (entry == null || !entry.isStandard() || isGiven(entry.application())) {
                continue;
            }
            String reason = agreement.principleConflicts().get(entry.id());
            if (reason == null) {
                continue;
            }
            String path = "principles[" + i + "]";
            // Left out, the principles are the standard set: the choice of base agreement is what raises the point.
            String at = sink.isPresent(path + ".id") ? path + ".id"
                    : sink.isPresent(path) ? path : "contract.baseAgreement.code";
            // The id is a slug and needs no quotes; quoted, the reason between would read as a long value.
            sink.report(CheckCatalogue.PRINCIPLE_CONFLICTS_WITH_BASE, at, "the standard principle " + entry.id()
                    + " sits uneasily with " + agreement.code() + ": " + reason + "; say in \"application\" how"
                    + " it applies under " + agreement.code() + ", or leave the principle out");
        }
    }

    // ---- helpers

    /** The Party as the contract names it. */
    private static String party(PartyRole role) {
        return role == PartyRole.customer ? "the Customer" : "the Supplier";
    }

    /** How often, in words: "every quarter", "twice a year". */
    private static String often(Frequency frequency) {
        return switch (frequency) {
            case weekly -> "every week";
            case biweekly -> "every other week";
            case monthly -> "every month";
            case quarterly -> "every quarter";
            case semiannual -> "twice a year";
            case annual -> "once a year";
        };
    }

    /**
     * The last day of the initial term, when the term is consistent enough to know it and has a
     * start to count from; null otherwise.
     */
    private static LocalDate lastDayOf(Term term) {
        return term == null || term.start() == null ? null : CrossFieldRules.lastDayOf(term);
    }

    private static boolean isGiven(String value) {
        return value != null && !value.isBlank();
    }
}

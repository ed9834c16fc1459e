package no.samspill.internal.validate;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samspill.Check;
import no.samspill.Severity;

/**
 * The built-in checks, each with the code {@code docs/checks.md} explains it under. A code, once
 * published, is never given to another check: descriptions accept warnings by it and CI
 * pipelines filter on it.
 */
public final class CheckCatalogue {

    private CheckCatalogue() {}

    static final Check FORMAT = error(Check.FORMAT,
            "The description does not follow the format: a value is missing, of the wrong kind or out of range.");

    // The base agreement
    static final Check BASE_AGREEMENT_UNKNOWN = error("base-agreement-unknown",
            "The base agreement's code is not in the catalogue.");
    static final Check BASE_VERSION_UNKNOWN = error("base-version-unknown",
            "The base agreement's version is not one the catalogue knows for that code.");
    static final Check AMENDMENT_CLAUSE_UNKNOWN = warning("amendment-clause-unknown",
            "An amendment changes a clause number that the catalogue does not know for that agreement and version.");
    static final Check FRAMEWORK_TERM_TOO_LONG = warning("framework-term-too-long",
            "The Agreement, built on a framework agreement, runs with its extensions for more than four years (FOA § 26-1).");
    static final Check TERM_OUTLASTS_BASE = warning("term-outlasts-base",
            "The initial term runs beyond the last day of the base agreement.");
    static final Check EXTENSIONS_OUTLAST_BASE = warning("extensions-outlast-base",
            "The extension options run beyond the last day of the base agreement.");
    static final Check EXIT_PLAN_AFTER_TERM = error("exit-plan-after-term",
            "The exit and transition plan falls due after the initial term has ended.");

    // Objectives and measures
    static final Check OBJECTIVE_WITHOUT_MEASURE = warning("objective-without-measure",
            "An objective has no measure.");
    static final Check MEASURE_WITHOUT_BASELINE = warning("measure-without-baseline",
            "A measure has neither a baseline nor a method by which the first measurement can set one.");
    static final Check MEASURE_WITHOUT_TARGET = warning("measure-without-target",
            "A measure has no target.");
    static final Check MEASURE_DIRECTION_UNCLEAR = warning("measure-direction-unclear",
            "A measure's numeric target equals its baseline, and the measure does not say whether higher or lower is better.");
    static final Check MEASURE_TARGET_BEHIND_BASELINE = warning("measure-target-behind-baseline",
            "A measure's target lies on the worse side of its baseline, by the direction the measure gives.");
    static final Check INCENTIVE_TARGET_NOT_NUMERIC = warning("incentive-target-not-numeric",
            "An incentive rests on a measure without a numeric target.");
    static final Check INCENTIVE_WITHOUT_DEADLINE = warning("incentive-without-deadline",
            "An incentive rests on a measure without a deadline.");

    // Reporting
    static final Check REPORTING_FORUM_TOO_RARE = warning("reporting-forum-too-rare",
            "The forum that receives the measure reports meets less often than a measure is reported.");
    static final Check MEASURE_RESPONSIBLE_NOT_IN_FORUM = warning("measure-responsible-not-in-forum",
            "The Party responsible for a measure has no seat in the forum that receives its reports.");

    // Governance
    static final Check FORUM_WITHOUT_RESPONSIBILITIES = warning("forum-without-responsibilities",
            "A forum has no responsibilities.");
    static final Check NO_STRATEGIC_FORUM = warning("no-strategic-forum",
            "No forum works at the strategic level.");
    static final Check RELATIONSHIP_MANAGER_MISSING = warning("relationship-manager-missing",
            "A Party has no relationship manager named.");
    static final Check SURVEY_SMALL_GROUP = warning("survey-small-group",
            "The health check is a survey, and a party has fewer than five forum members at some level, whose results will then be missing.");

    // Escalation and early warning
    static final Check ESCALATION_FEW_STEPS = warning("escalation-few-steps",
            "The escalation ladder has fewer than two steps before the base agreement's dispute resolution.");
    static final Check ESCALATION_DESCENDS = warning("escalation-descends",
            "A step of the escalation ladder is at a lower level than the step before it.");
    static final Check ESCALATION_TOP_NOT_HIGHEST = warning("escalation-top-not-highest",
            "The last step of the escalation ladder is not at the highest level among the forums.");
    static final Check ESCALATION_STEP_TOO_LONG = warning("escalation-step-too-long",
            "A step of the escalation ladder gives its forum more than 30 days.");
    static final Check EARLY_WARNING_LATE = warning("early-warning-late",
            "The early warning meeting may be held more than 14 calendar days after a warning.");

    // Principles
    static final Check PRINCIPLE_WITHOUT_DESCRIPTION = error("principle-without-description",
            "A principle of the parties' own has no description.");
    static final Check PRINCIPLE_CONFLICTS_WITH_BASE = warning("principle-conflicts-with-base",
            "A standard principle sits uneasily with the base agreement chosen.");

    // The checks themselves
    static final Check ACCEPTANCE_UNUSED = warning("acceptance-unused",
            "An acceptance under checks.accept matches no warning.");

    /** Every built-in check, in the order docs/checks.md lists them. */
    public static final List<Check> ALL = List.of(FORMAT,
            BASE_AGREEMENT_UNKNOWN, BASE_VERSION_UNKNOWN, AMENDMENT_CLAUSE_UNKNOWN, FRAMEWORK_TERM_TOO_LONG,
            TERM_OUTLASTS_BASE, EXTENSIONS_OUTLAST_BASE, EXIT_PLAN_AFTER_TERM,
            OBJECTIVE_WITHOUT_MEASURE, MEASURE_WITHOUT_BASELINE, MEASURE_WITHOUT_TARGET, MEASURE_DIRECTION_UNCLEAR,
            MEASURE_TARGET_BEHIND_BASELINE, INCENTIVE_TARGET_NOT_NUMERIC, INCENTIVE_WITHOUT_DEADLINE,
            REPORTING_FORUM_TOO_RARE, MEASURE_RESPONSIBLE_NOT_IN_FORUM,
            FORUM_WITHOUT_RESPONSIBILITIES, NO_STRATEGIC_FORUM, RELATIONSHIP_MANAGER_MISSING, SURVEY_SMALL_GROUP,
            ESCALATION_FEW_STEPS, ESCALATION_DESCENDS, ESCALATION_TOP_NOT_HIGHEST, ESCALATION_STEP_TOO_LONG,
            EARLY_WARNING_LATE,
            PRINCIPLE_WITHOUT_DESCRIPTION, PRINCIPLE_CONFLICTS_WITH_BASE,
            ACCEPTANCE_UNUSED);

    /** The built-in checks by code. */
    public static final Map<String, Check> BY_CODE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Check::code, Function.identity()));

    /** Checks a pack cannot switch off: the contract cannot be written without what they require. */
    public static final List<String> ALWAYS_ON = List.of(Check.FORMAT, "base-agreement-unknown", "base-version-unknown",
            "principle-without-description");

    private static Check error(String code, String summary) {
        return new Check(code, Severity.ERROR, summary);
    }

    private static Check warning(String code, String summary) {
        return new Check(code, Severity.WARNING, summary);
    }
}

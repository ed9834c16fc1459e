package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import no.samspill.ContractGenerator;
import no.samspill.Problem;
import no.samspill.Severity;
import no.samspill.Validation;
import org.junit.jupiter.api.Test;

/**
 * Warnings a description accepts under {@code checks.accept}, and the edges of the checks: the
 * values just inside a bound stay silent.
 */
class AcceptedWarningsTest {

    private static final ContractGenerator GENERATOR = ContractGenerator.create();
    private static final String SOUND = StructuralChecksAcceptanceTest.resource("checks/sound.yaml");
    private static final String SURVEY = SOUND.replace("method: workshop", "method: survey");
    private static final String LATE_WARNING = SOUND.replace("  review:\n",
            "  earlyWarning:\n    meetingWithinDays: 21\n  review:\n");

    private static String accepting(String yaml, String acceptances) {
        return yaml.replace("\namendments:", "\nchecks:\n  accept:\n" + acceptances + "\namendments:");
    }

    @Test
    void an_accepted_warning_is_kept_with_its_reason_and_is_no_longer_a_warning() {
        Validation validation = GENERATOR.validate("survey.yaml", accepting(SURVEY,
                "    - code: survey-small-group\n"
                        + "      reason: \"  Each party names twenty respondents from the line organisation.  \"\n"));

        assertThat(validation.warnings()).isEmpty();
        assertThat(validation.findings()).isEmpty();
        assertThat(validation.isValid()).isTrue();
        assertThat(validation.accepted()).singleElement().satisfies(accepted -> {
            assertThat(accepted.warning().code()).isEqualTo("survey-small-group");
            assertThat(accepted.warning().path()).isEqualTo("governance.healthCheck.method");
            assertThat(accepted.reason()).isEqualTo("Each party names twenty respondents from the line organisation.");
        });
    }

    @Test
    void strict_checking_lets_an_accepted_warning_through_and_stops_one_that_is_not() {
        ContractGenerator strict = ContractGenerator.builder().strict(true).build();
        String both = accepting(SURVEY.replace("  review:\n", "  earlyWarning:\n    meetingWithinDays: 21\n  review:\n"),
                "    - code: survey-small-group\n      reason: Respondents are named beyond the forums.\n");

        Validation validation = strict.validate("both.yaml", both);

        assertThat(validation.accepted()).extracting(a -> a.warning().code()).containsExactly("survey-small-group");
        assertThat(validation.problems()).extracting(Problem::code).containsExactly("early-warning-late");
        assertThat(validation.problems().get(0).severity()).isEqualTo(Severity.WARNING);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        strict.generate("both.yaml", new java.io.StringReader(both), out);
        assertThat(out.size()).as("nothing is written under strict checking").isZero();
    }

    @Test
    void without_strict_checking_a_warning_does_not_stop_the_document() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Validation validation = GENERATOR.generate("late.yaml", new java.io.StringReader(LATE_WARNING), out);

        assertThat(validation.warnings()).extracting(Problem::code).containsExactly("early-warning-late");
        assertThat(validation.problems()).isEmpty();
        assertThat(out.size()).isPositive();
    }

    @Test
    void an_acceptance_limited_to_a_path_accepts_only_what_lies_there() {
        String twoForums = SOUND.replace("      responsibilities:\n        - Plan and follow up the work of the sprint\n", "")
                .replace("      responsibilities:\n        - Follow up the vision and the objectives\n"
                        + "        - Approve changes to the collaboration agreement\n", "");
        Validation validation = GENERATOR.validate("forums.yaml", accepting(twoForums,
                "    - code: forum-without-responsibilities\n      path: governance.forums[2]\n"
                        + "      reason: The team meeting is a working meeting and decides nothing.\n"));

        assertThat(validation.accepted()).extracting(a -> a.warning().path())
                .containsExactly("governance.forums[2].responsibilities");
        assertThat(validation.warnings()).extracting(Problem::path)
                .containsExactly("governance.forums[0].responsibilities");
    }

    @Test
    void an_error_cannot_be_accepted_and_an_unknown_code_is_named_with_the_closest_one() {
        Validation validation = GENERATOR.validate("accept.yaml", accepting(SOUND,
                "    - code: exit-plan-after-term\n      reason: We like it.\n"
                        + "    - code: early-warning-lat\n      reason: Typo.\n"));

        assertThat(validation.isValid()).isFalse();
        assertThat(validation.problems()).extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("checks.accept[0].code", "\"exit-plan-after-term\" is an error,"
                        + " and an error cannot be accepted: the description must be corrected"),
                org.assertj.core.groups.Tuple.tuple("checks.accept[1].code", "\"early-warning-lat\" is not the code"
                        + " of a check that runs; did you mean \"early-warning-late\"?"));
    }

    @Test
    void an_acceptance_needs_a_reason() {
        Validation validation = GENERATOR.validate("accept.yaml", accepting(LATE_WARNING,
                "    - code: early-warning-late\n"));

        assertThat(validation.problems()).extracting(Problem::path).containsExactly("checks.accept[0].reason");
        assertThat(validation.warnings()).extracting(Problem::code).containsExactly("early-warning-late");
    }

    @Test
    void values_just_inside_each_bound_stay_silent() {
        String atTheBounds = SOUND
                // The board already has 30 days, the most a step may have.
                .replace("  review:\n", "  earlyWarning:\n    meetingWithinDays: 14\n  review:\n")
                // Due on the last day of the term is still within it.
                .replace("transitionPlanMonths: 9", "transitionPlanMonths: 36")
                .replace("date: 2027-02-15", "date: 2027-02-28");

        assertThat(GENERATOR.validate("bounds.yaml", atTheBounds).findings()).isEmpty();
    }

    @Test
    void a_framework_agreement_of_exactly_four_years_and_a_survey_with_five_in_each_group_stay_silent() {
        String framework = SOUND.substring(0, SOUND.indexOf("\namendments:") + 1)
                .replace("code: SSA-S", "code: SSA-R").replace("    version: \"2015\"\n", "")
                .replace("    end: 2030-02-28\n", "    end: 2030-02-28\n    extensions: [P1Y]\n");
        assertThat(GENERATOR.validate("framework.yaml", framework).findings()).isEmpty();

        StringBuilder members = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            members.append("        - { party: customer, role: member ").append(i).append(" }\n")
                    .append("        - { party: supplier, role: member ").append(i).append(" }\n");
        }
        String fiveEach = SURVEY.replace("        - { party: customer, role: Director of Planning }\n"
                        + "        - { party: supplier, role: Chief Executive Officer }\n", members.toString())
                .replace("        - { party: customer, role: product owner }\n"
                        + "        - { party: customer, role: head of building permits }\n"
                        + "        - { party: supplier, role: delivery manager }\n"
                        + "        - { party: supplier, role: lead architect }\n", members.toString())
                .replace("        - { party: customer, role: product owner }\n"
                        + "        - { party: supplier, role: scrum master }\n", members.toString());
        assertThat(GENERATOR.validate("five.yaml", fiveEach).findings()).isEmpty();
    }

    @Test
    void a_description_in_two_languages_reports_each_accepted_warning_once_in_the_parallel_edition() {
        Validation validation = GENERATOR.validate(Examples.file("ehelse-ssa-l"), no.samspill.Edition.PARALLEL);

        assertThat(validation.isParallel()).isTrue();
        assertThat(validation.findings()).isEmpty();
        assertThat(validation.accepted()).extracting(accepted -> accepted.warning().path())
                .containsExactly("governance.healthCheck.method", "amendments[0].clause");
    }

    @Test
    void a_forum_without_responsibilities_is_warned_of_and_shows_a_dash_in_the_forum_table() {
        String yaml = SOUND.replace("      responsibilities:\n        - Plan and follow up the work of the sprint\n", "");
        Validation validation = GENERATOR.validate("team.yaml", yaml);

        assertThat(validation.warnings()).extracting(Problem::code).containsExactly("forum-without-responsibilities");
        no.samspill.doc.Document document = GENERATOR.document(validation.contract());
        no.samspill.doc.Table forums = Trees.blocksOf(Trees.sectionWithAnchor(document.blocks(), "forums").blocks(),
                no.samspill.doc.Table.class).get(0);
        assertThat(Trees.cells(forums).get(3)).last().isEqualTo("–");
    }
}

package no.samspill.internal.validate;

import static no.samspill.internal.validate.ContractFixture.START;
import static no.samspill.internal.validate.ContractFixture.forum;
import static no.samspill.internal.validate.ContractFixture.measure;
import static no.samspill.internal.validate.ContractFixture.member;
import static no.samspill.internal.validate.ContractFixture.objective;
import static no.samspill.internal.validate.ContractFixture.party;
import static no.samspill.internal.validate.ContractFixture.steering;
import static no.samspill.internal.validate.ContractFixture.validContract;
import static no.samspill.internal.validate.Validation.at;
import static no.samspill.internal.validate.Validation.problem;
import static no.samspill.internal.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import no.samspill.internal.read.SourceMap;
import no.samspill.model.EscalationStep;
import no.samspill.model.Incentive;
import no.samspill.model.IncentiveType;
import no.samspill.model.PartyRole;
import no.samspill.model.PrincipleEntry;
import no.samspill.model.Responsible;
import no.samspill.model.Risk;
import no.samspill.model.Term;
import org.junit.jupiter.api.Test;

class CrossFieldRulesTest {

    @Test
    void only_format_version_1_is_read() {
        SourceMap map = SourceMap.builder().value("samspill", at(1, 11)).build();

        assertThat(validate(validContract().withSamspill(2), map))
                .containsExactly(problem(1, 11, "samspill",
                        "must be 1, the only format version this release reads (it is 2)"));
    }

    @Test
    void an_organisation_number_with_a_wrong_check_digit_names_the_right_one() {
        SourceMap map = SourceMap.builder().value("parties.supplier.orgNumber", at(31, 16)).build();

        assertThat(validate(validContract().withSupplier(party("Journalsystemer AS", "923456789")), map))
                .containsExactly(problem(31, 16, "parties.supplier.orgNumber",
                        "\"923456789\" is not a valid organisation number: the check digit should be 3"));
    }

    @Test
    void an_organisation_number_must_have_nine_digits() {
        SourceMap map = SourceMap.builder().value("parties.customer.orgNumber", at(24, 16)).build();

        assertThat(validate(validContract().withCustomer(party("Helse Nordvest RHF", "12345")), map))
                .containsExactly(problem(24, 16, "parties.customer.orgNumber",
                        "\"12345\" is not a valid organisation number: it must have 9 digits"));
    }

    @Test
    void a_term_with_both_duration_and_end_is_reported_at_the_term() {
        SourceMap map = SourceMap.builder().value("contract.term", at(12, 5)).build();
        Term both = new Term(START, Period.ofYears(5), LocalDate.of(2031, 12, 31), null, null);

        assertThat(validate(validContract().withTerm(both), map))
                .containsExactly(problem(12, 5, "contract.term", "give either duration or end, not both"));
    }

    @Test
    void a_term_with_neither_duration_nor_end_is_reported_at_the_term() {
        SourceMap map = SourceMap.builder().value("contract.term", at(12, 5)).build();

        assertThat(validate(validContract().withTerm(new Term(START, null, null, null, null)), map))
                .containsExactly(problem(12, 5, "contract.term", "missing \"duration\" or \"end\""));
    }

    @Test
    void the_end_of_the_term_must_be_after_its_start() {
        SourceMap map = SourceMap.builder().value("contract.term.end", at(14, 10)).build();

        assertThat(validate(validContract().withTerm(new Term(START, null, START, null, null)), map))
                .containsExactly(problem(14, 10, "contract.term.end",
                        "the end (2027-01-01) must be after the start (2027-01-01)"));
    }

    @Test
    void durations_and_extensions_must_be_positive_periods() {
        SourceMap map = SourceMap.builder()
                .value("contract.term.duration", at(14, 15))
                .value("contract.term.extensions[1]", at(15, 25))
                .build();
        Term term = new Term(START, Period.ZERO, null, List.of(Period.ofYears(2), Period.ofYears(-1)), null);

        assertThat(validate(validContract().withTerm(term), map)).containsExactly(
                problem(14, 15, "contract.term.duration", "the duration must be a positive period such as P5Y (it is P0D)"),
                problem(15, 25, "contract.term.extensions[1]",
                        "an extension must be a positive period such as P2Y (it is P-1Y)"));
    }

    @Test
    void an_extension_notice_needs_an_extension_to_give_notice_of() {
        SourceMap map = SourceMap.builder()
                .value("contract.term", at(13, 5))
                .value("contract.term.extensionNoticeMonths", at(16, 28))
                .build();
        Term noExtensions = new Term(START, Period.ofYears(5), null, List.of(), 6);

        assertThat(validate(validContract().withTerm(noExtensions), map)).containsExactly(
                problem(16, 28, "contract.term.extensionNoticeMonths",
                        "extensionNoticeMonths needs at least one extension; add \"extensions\" or leave it out"));
    }

    @Test
    void an_extension_notice_with_extensions_and_none_at_all_are_both_fine() {
        assertThat(validate(validContract().withTerm(
                new Term(START, Period.ofYears(5), null, List.of(Period.ofYears(1)), 24)))).isEmpty();
        assertThat(validate(validContract().withTerm(new Term(START, Period.ofYears(5), null, List.of(), null))))
                .isEmpty();
        assertThat(new Term(START, Period.ofYears(5), null, List.of(Period.ofYears(1)), null)
                .extensionNoticeMonthsOrDefault()).isEqualTo(3);
        assertThat(new Term(START, Period.ofYears(5), null, List.of(Period.ofYears(1)), 6)
                .extensionNoticeMonthsOrDefault()).isEqualTo(6);
    }

    @Test
    void a_measure_deadline_must_fall_within_the_term() {
        SourceMap map = SourceMap.builder()
                .value("objectives[0].measures[0].deadline", at(52, 19))
                .value("objectives[0].measures[1].deadline", at(62, 19))
                .build();

        assertThat(validate(validContract()
                        .withObjectives(objective("faster-documentation",
                                measure("documentation-time", LocalDate.of(2032, 1, 1)),
                                measure("early", LocalDate.of(2026, 6, 30))))
                        .withIncentives(), map))
                .containsExactly(
                        problem(52, 19, "objectives[0].measures[0].deadline",
                                "the deadline 2032-01-01 is after the end of the term (2031-12-31)"),
                        problem(62, 19, "objectives[0].measures[1].deadline",
                                "the deadline 2026-06-30 is before the start of the term (2027-01-01)"));
    }

    @Test
    void a_deadline_on_the_last_day_of_the_term_is_within_it() {
        assertThat(validate(validContract().withObjectives(objective("faster-documentation",
                measure("documentation-time", LocalDate.of(2031, 12, 31)))))).isEmpty();
    }

    @Test
    void objective_ids_must_be_unique() {
        SourceMap map = SourceMap.builder()
                .value("objectives[0].id", at(12, 9))
                .value("objectives[1].id", at(30, 9))
                .build();

        assertThat(validate(validContract().withObjectives(
                        objective("faster", measure("documentation-time", null)), objective("faster")), map))
                .containsExactly(problem(30, 9, "objectives[1].id",
                        "duplicate id \"faster\"; it is also used at objectives[0].id (line 12)"));
    }

    @Test
    void measure_ids_must_be_unique_across_all_objectives() {
        SourceMap map = SourceMap.builder()
                .value("objectives[0].measures[0].id", at(15, 13))
                .value("objectives[1].measures[0].id", at(33, 13))
                .build();

        assertThat(validate(validContract().withObjectives(
                        objective("one", measure("documentation-time", null)),
                        objective("two", measure("documentation-time", null))), map))
                .containsExactly(problem(33, 13, "objectives[1].measures[0].id",
                        "duplicate id \"documentation-time\"; it is also used at objectives[0].measures[0].id (line 15)"));
    }

    @Test
    void forum_ids_must_be_unique() {
        SourceMap map = SourceMap.builder()
                .value("governance.forums[0].id", at(70, 11))
                .value("governance.forums[1].id", at(80, 11))
                .build();

        assertThat(validate(validContract().withForums(steering(), steering())
                        .withEscalation(new EscalationStep("steering", 10)), map))
                .containsExactly(problem(80, 11, "governance.forums[1].id",
                        "duplicate id \"steering\"; it is also used at governance.forums[0].id (line 70)"));
    }

    @Test
    void risk_ids_must_be_unique() {
        Risk risk = new Risk("delay", "Forsinkelse", Responsible.joint, null);
        SourceMap map = SourceMap.builder()
                .value("risks[0].id", at(110, 9))
                .value("risks[1].id", at(114, 9))
                .build();

        assertThat(validate(validContract().withRisks(risk, risk), map))
                .containsExactly(problem(114, 9, "risks[1].id",
                        "duplicate id \"delay\"; it is also used at risks[0].id (line 110)"));
    }

    @Test
    void a_standard_principle_listed_twice_is_a_duplicate() {
        SourceMap map = SourceMap.builder()
                .value("principles[0]", at(60, 5))
                .value("principles[1].id", at(61, 9))
                .build();

        assertThat(validate(validContract().withPrinciples(PrincipleEntry.standard("honesty"),
                        new PrincipleEntry("honesty", "Vi sier fra tidlig.", null, null)), map))
                .containsExactly(problem(61, 9, "principles[1].id",
                        "duplicate id \"honesty\"; it is also used at principles[0] (line 60)"));
    }

    @Test
    void an_escalation_step_must_name_a_forum_and_a_close_id_is_suggested() {
        SourceMap map = SourceMap.builder().value("governance.escalation[1].forum", at(99, 17)).build();

        assertThat(validate(validContract().withEscalation(
                        new EscalationStep("relationship", 10), new EscalationStep("steerin", 15)), map))
                .containsExactly(problem(99, 17, "governance.escalation[1].forum",
                        "no forum has the id \"steerin\"; did you mean \"steering\"?"));
    }

    @Test
    void an_escalation_step_naming_no_forum_and_nothing_close_lists_the_forums() {
        SourceMap map = SourceMap.builder().value("governance.escalation[0].forum", at(98, 17)).build();

        assertThat(validate(validContract().withEscalation(new EscalationStep("board", 10)), map))
                .containsExactly(problem(98, 17, "governance.escalation[0].forum",
                        "no forum has the id \"board\"; the forum ids are \"steering\" and \"relationship\""));
    }

    @Test
    void no_forum_may_be_two_steps_of_the_escalation() {
        SourceMap map = SourceMap.builder()
                .value("governance.escalation[0].forum", at(98, 17))
                .value("governance.escalation[1].forum", at(99, 17))
                .build();

        assertThat(validate(validContract().withEscalation(
                        new EscalationStep("steering", 10), new EscalationStep("steering", 15)), map))
                .containsExactly(problem(99, 17, "governance.escalation[1].forum", "the forum \"steering\" is used"
                        + " twice in the escalation; it is also at governance.escalation[0].forum (line 98)"));
    }

    @Test
    void an_incentive_must_name_a_measure() {
        SourceMap map = SourceMap.builder().value("incentives[0].measure", at(120, 14)).build();

        assertThat(validate(validContract().withIncentives(new Incentive("documentation-tme",
                        IncentiveType.bonus, "Bonus.")), map))
                .containsExactly(problem(120, 14, "incentives[0].measure",
                        "no measure has the id \"documentation-tme\"; did you mean \"documentation-time\"?"));
    }

    @Test
    void a_forum_needs_a_member_from_each_party() {
        SourceMap map = SourceMap.builder().value("governance.forums[0].members", at(75, 9)).build();

        assertThat(validate(validContract()
                        .withForums(forum("steering", member(PartyRole.customer, "fagdirektør")))
                        .withEscalation(), map))
                .containsExactly(problem(75, 9, "governance.forums[0].members",
                        "the forum needs at least one member from the supplier"));
    }

    @Test
    void an_unknown_bare_principle_suggests_the_closest_standard_one() {
        SourceMap map = SourceMap.builder().value("principles[1]", at(61, 5)).build();

        assertThat(validate(validContract().withPrinciples(PrincipleEntry.standard("reciprocity"),
                        PrincipleEntry.standard("onesty")), map))
                .containsExactly(problem(61, 5, "principles[1]",
                        "\"onesty\" is not a standard principle; did you mean \"honesty\"?"));
    }

    @Test
    void an_unknown_bare_principle_with_nothing_close_lists_the_standard_ones() {
        SourceMap map = SourceMap.builder().value("principles[0]", at(60, 5)).build();

        assertThat(validate(validContract().withPrinciples(PrincipleEntry.standard("fairness")), map))
                .containsExactly(problem(60, 5, "principles[0]", "\"fairness\" is not a standard principle"
                        + " (reciprocity, autonomy, honesty, loyalty, equity and integrity);"
                        + " a principle of your own needs \"title\" and \"description\""));
    }

    @Test
    void a_standard_principle_takes_no_title_or_description() {
        SourceMap map = SourceMap.builder()
                .value("principles[0].title", at(61, 14))
                .value("principles[0].description", at(62, 20))
                .build();

        assertThat(validate(validContract().withPrinciples(
                        new PrincipleEntry("loyalty", null, "Lojalitet", "Vi er lojale.")), map))
                .containsExactly(
                        problem(61, 14, "principles[0].title", "a standard principle has its built-in title;"
                                + " leave out \"title\" and use \"application\" to say how it applies here"),
                        problem(62, 20, "principles[0].description", "a standard principle has its built-in text;"
                                + " leave out \"description\" and use \"application\" to say how it applies here"));
    }

    @Test
    void a_principle_of_the_parties_own_needs_title_and_description_and_no_application() {
        SourceMap map = SourceMap.builder()
                .value("principles[0]", at(60, 5))
                .value("principles[0].application", at(62, 20))
                .build();

        assertThat(validate(validContract().withPrinciples(
                        new PrincipleEntry("patient-safety", "Gjelder alt.", "Pasientsikkerhet", null)), map))
                .containsExactly(
                        problem(60, 5, "principles[0].description", "missing required key \"description\";"
                                + " a principle of the parties' own needs a title and a description",
                                CheckCatalogue.PRINCIPLE_WITHOUT_DESCRIPTION),
                        problem(62, 20, "principles[0].application", "\"application\" is only for the standard"
                                + " principles; a principle of the parties' own says it all in \"description\""));
    }

    @Test
    void a_base_agreement_code_close_to_a_known_one_is_suggested() {
        SourceMap map = SourceMap.builder().value("contract.baseAgreement.code", at(9, 11)).build();

        assertThat(validate(validContract().withBaseAgreement("ssa l", null), map))
                .containsExactly(problem(9, 11, "contract.baseAgreement.code", "\"ssa l\" is not in the"
                        + " base-agreement catalogue; did you mean \"SSA-L\"? The known codes are SSA-L, SSA-D and SSA-S",
                        CheckCatalogue.BASE_AGREEMENT_UNKNOWN));
    }

    @Test
    void an_unknown_base_agreement_code_lists_the_known_ones() {
        SourceMap map = SourceMap.builder().value("contract.baseAgreement.code", at(9, 11)).build();

        assertThat(validate(validContract().withBaseAgreement("PS2000", "2018"), map))
                .containsExactly(problem(9, 11, "contract.baseAgreement.code", "\"PS2000\" is not in the"
                        + " base-agreement catalogue; the known codes are SSA-L, SSA-D and SSA-S",
                        CheckCatalogue.BASE_AGREEMENT_UNKNOWN));
    }

    @Test
    void a_base_agreement_version_must_be_one_the_catalogue_knows() {
        SourceMap map = SourceMap.builder().value("contract.baseAgreement.version", at(10, 14)).build();

        assertThat(validate(validContract().withBaseAgreement("SSA-D", "2022"), map))
                .containsExactly(problem(10, 14, "contract.baseAgreement.version",
                        "\"2022\" is not a version of SSA-D that the catalogue knows; the known versions are 2015 and 2018",
                        CheckCatalogue.BASE_VERSION_UNKNOWN));
        assertThat(validate(validContract().withBaseAgreement("SSA-L", "2015"), map))
                .containsExactly(problem(10, 14, "contract.baseAgreement.version",
                        "\"2015\" is not a version of SSA-L that the catalogue knows; the only known version is 2018",
                        CheckCatalogue.BASE_VERSION_UNKNOWN));
    }

    @Test
    void a_base_agreement_without_a_version_takes_the_newest() {
        assertThat(validate(validContract().withBaseAgreement("SSA-S", null))).isEmpty();
    }
}

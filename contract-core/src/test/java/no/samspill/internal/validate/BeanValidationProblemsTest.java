package no.samspill.internal.validate;

import static no.samspill.internal.validate.ContractFixture.forum;
import static no.samspill.internal.validate.ContractFixture.measure;
import static no.samspill.internal.validate.ContractFixture.member;
import static no.samspill.internal.validate.ContractFixture.objective;
import static no.samspill.internal.validate.ContractFixture.party;
import static no.samspill.internal.validate.ContractFixture.validContract;
import static no.samspill.internal.validate.Validation.at;
import static no.samspill.internal.validate.Validation.problem;
import static no.samspill.internal.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.samspill.internal.read.SourceMap;
import java.time.Period;
import java.util.List;
import no.samspill.model.BaseAgreementRef;
import no.samspill.model.EscalationStep;
import no.samspill.model.Forum;
import no.samspill.model.ForumLevel;
import no.samspill.model.Frequency;
import no.samspill.model.Measure;
import no.samspill.model.MeasureValue;
import no.samspill.model.Objective;
import no.samspill.model.Party;
import no.samspill.model.PartyRole;
import no.samspill.model.Person;
import no.samspill.model.Procurement;
import no.samspill.model.ProcurementRegulation;
import no.samspill.model.Responsible;
import no.samspill.model.Term;
import org.junit.jupiter.api.Test;

class BeanValidationProblemsTest {

    @Test
    void a_complete_valid_contract_has_no_problems() {
        assertThat(validate(validContract())).isEmpty();
    }

    @Test
    void a_missing_required_key_is_reported_at_the_mapping_that_lacks_it() {
        SourceMap map = SourceMap.builder().value("contract", at(2, 3)).build();

        assertThat(validate(validContract().withTitle(null), map))
                .containsExactly(problem(2, 3, "contract.title", "missing required key \"title\""));
    }

    @Test
    void a_missing_top_level_key_is_reported_at_the_start_of_the_file() {
        assertThat(validate(validContract().withVision(null)))
                .containsExactly(problem(1, 1, "vision", "missing required key \"vision\""));
    }

    @Test
    void an_empty_list_of_objectives_asks_for_at_least_one() {
        SourceMap map = SourceMap.builder().value("objectives", at(40, 13)).build();

        assertThat(validate(validContract().withObjectives().withIncentives(), map))
                .containsExactly(problem(40, 13, "objectives", "at least one objective is required"));
    }

    @Test
    void a_forum_without_members_asks_for_at_least_one() {
        SourceMap map = SourceMap.builder().value("governance.forums[0].members", at(80, 16)).build();

        assertThat(validate(validContract().withForums(forum("steering")).withEscalation(), map))
                .containsExactly(problem(80, 16, "governance.forums[0].members", "at least one member is required"));
    }

    @Test
    void a_too_long_title_says_the_limit_and_the_length() {
        SourceMap map = SourceMap.builder().value("contract.title", at(3, 10)).build();

        assertThat(validate(validContract().withTitle("x".repeat(231)), map))
                .containsExactly(problem(3, 10, "contract.title", "must be at most 200 characters (it has 231)"));
    }

    @Test
    void the_procurement_and_the_data_processing_agreement_are_one_line_within_their_limits() {
        SourceMap map = SourceMap.builder()
                .value("contract.procurement.name", at(20, 11))
                .value("contract.procurement.reference", at(21, 16))
                .value("contract.dataProcessingAgreement", at(23, 28))
                .build();

        assertThat(validate(validContract()
                        .withProcurement(new Procurement("Anskaffelse\nav journal", "x".repeat(101), null))
                        .withDataProcessingAgreement("x".repeat(201)), map))
                .containsExactly(
                        problem(20, 11, "contract.procurement.name", "must be one line, without line breaks"),
                        problem(21, 16, "contract.procurement.reference", "must be at most 100 characters (it has 101)"),
                        problem(23, 28, "contract.dataProcessingAgreement", "must be at most 200 characters (it has 201)"));
    }

    @Test
    void an_extension_notice_is_from_1_to_24_months() {
        SourceMap map = SourceMap.builder().value("contract.term.extensionNoticeMonths", at(18, 28)).build();
        Term term = new Term(ContractFixture.START, Period.ofYears(5), null, List.of(Period.ofYears(1)), 25);

        assertThat(validate(validContract().withTerm(term), map)).containsExactly(
                problem(18, 28, "contract.term.extensionNoticeMonths", "must be a number from 1 to 24 (it is 25)"));
    }

    @Test
    void a_forums_short_name_is_one_line_of_at_most_60_characters() {
        Forum longName = new Forum("steering", "Styringsgruppe", "s".repeat(61), ForumLevel.strategic,
                Frequency.quarterly, List.of(member(PartyRole.customer, "fagdirektør"),
                        member(PartyRole.supplier, "daglig leder")), List.of(), null);
        SourceMap map = SourceMap.builder().value("governance.forums[0].shortName", at(81, 18)).build();

        assertThat(validate(validContract().withForums(longName).withEscalation(), map)).containsExactly(
                problem(81, 18, "governance.forums[0].shortName", "must be at most 60 characters (it has 61)"));
    }

    @Test
    void the_procurement_regulation_defaults_to_the_general_regulation_and_the_amendment_to_false() {
        assertThat(new Procurement(null, null, null).regulation()).isEqualTo(ProcurementRegulation.general);
        assertThat(new BaseAgreementRef("SSA-T", null, null, null, null, null).principlesAmendment()).isFalse();
        assertThat(validate(validContract().withProcurement(new Procurement(null, null, ProcurementRegulation.none))))
                .isEmpty();
    }

    @Test
    void an_invalid_email_address_is_quoted() {
        Party customer = new Party("Helse Nordvest RHF", "983 658 725", null, null,
                new Person("Ola Hansen", null, "x@", null));
        SourceMap map = SourceMap.builder().value("parties.customer.contact.email", at(25, 40)).build();

        assertThat(validate(validContract().withCustomer(customer), map))
                .containsExactly(problem(25, 40, "parties.customer.contact.email", "\"x@\" is not a valid e-mail address"));
    }

    @Test
    void an_empty_list_entry_is_reported_with_its_index() {
        SourceMap map = SourceMap.builder().value("objectives[1]", at(52, 5)).build();

        assertThat(validate(validContract().withObjectives(objective("a", measure("documentation-time", null)), null), map))
                .containsExactly(problem(52, 5, "objectives[1]", "this list entry is empty; fill it in or remove it"));
    }

    @Test
    void a_blank_value_in_a_nested_list_gets_the_full_path() {
        Measure unnamed = new Measure("unnamed", " ", null, null, null, null, null, null, null);
        SourceMap map = SourceMap.builder().value("objectives[0].measures[1].name", at(55, 15)).build();

        assertThat(validate(validContract().withObjectives(objective("a", measure("documentation-time", null), unnamed)), map))
                .containsExactly(problem(55, 15, "objectives[0].measures[1].name", "must not be empty"));
    }

    @Test
    void an_invalid_id_is_quoted_with_the_rule_and_an_example() {
        SourceMap map = SourceMap.builder().value("objectives[0].id", at(41, 9)).build();

        assertThat(validate(validContract().withObjectives(
                        new Objective("Faster Documentation", "Raskere", null,
                                java.util.List.of(measure("documentation-time", null)))), map))
                .containsExactly(problem(41, 9, "objectives[0].id", "\"Faster Documentation\" is not a valid id: use a"
                        + " lower-case letter, then up to 39 lower-case letters, digits or hyphens,"
                        + " for example \"faster-documentation\""));
    }

    @Test
    void a_number_out_of_range_gives_the_range_and_the_value() {
        SourceMap map = SourceMap.builder().value("governance.escalation[1].days", at(99, 36)).build();

        assertThat(validate(validContract().withEscalation(
                        new EscalationStep("relationship", 10), new EscalationStep("steering", 200)), map))
                .containsExactly(problem(99, 36, "governance.escalation[1].days", "must be a number from 1 to 180 (it is 200)"));
    }

    @Test
    void an_invalid_reference_is_quoted_with_what_it_may_contain() {
        SourceMap map = SourceMap.builder().value("contract.reference", at(4, 14)).build();

        assertThat(validate(validContract().withReference("HNV 2026"), map))
                .containsExactly(problem(4, 14, "contract.reference", "\"HNV 2026\" is not a valid reference:"
                        + " use 1 to 40 letters, digits, \".\", \"_\", \"/\" or \"-\""));
    }

    @Test
    void an_empty_reference_is_reported_once_as_empty() {
        SourceMap map = SourceMap.builder().value("contract.reference", at(4, 14)).build();

        assertThat(validate(validContract().withReference(""), map))
                .containsExactly(problem(4, 14, "contract.reference", "must not be empty"));
    }

    @Test
    void titles_names_and_roles_must_be_one_line() {
        Party supplier = party("Journalsystemer\nAS", "923 456 783");
        SourceMap map = SourceMap.builder()
                .value("contract.title", at(3, 10))
                .value("parties.supplier.name", at(30, 11))
                .value("governance.forums[0].members[1].role", at(85, 40))
                .build();

        assertThat(validate(validContract()
                        .withTitle("Samarbeidsavtale\nom journal")
                        .withSupplier(supplier)
                        .withForums(forum("steering", member(PartyRole.customer, "fagdirektør"),
                                member(PartyRole.supplier, "daglig\r\nleder")))
                        .withEscalation(), map))
                .containsExactly(
                        problem(3, 10, "contract.title", "must be one line, without line breaks"),
                        problem(30, 11, "parties.supplier.name", "must be one line, without line breaks"),
                        problem(85, 40, "governance.forums[0].members[1].role", "must be one line, without line breaks"));
    }

    @Test
    void a_qualitative_measure_with_a_text_target_is_valid() {
        Measure qualitative = new Measure("satisfaction", "Tilfredshet", null, MeasureValue.of("lav"),
                MeasureValue.of("høy"), LocalDate.of(2029, 6, 30), null, Frequency.annual, Responsible.customer);

        assertThat(validate(validContract().withObjectives(objective("a", qualitative,
                measure("documentation-time", null)))))
                .isEmpty();
        assertThat(MeasureValue.of(BigDecimal.ONE).isNumber()).isTrue();
    }
}

package no.samspill.internal.validate;

import static no.samspill.internal.validate.ContractFixture.START;
import static no.samspill.internal.validate.ContractFixture.forum;
import static no.samspill.internal.validate.ContractFixture.measure;
import static no.samspill.internal.validate.ContractFixture.member;
import static no.samspill.internal.validate.ContractFixture.objective;
import static no.samspill.internal.validate.ContractFixture.party;
import static no.samspill.internal.validate.ContractFixture.validContract;
import static no.samspill.internal.validate.Validation.FILE;
import static no.samspill.internal.validate.Validation.VALIDATOR;
import static no.samspill.internal.validate.Validation.at;
import static no.samspill.internal.validate.Validation.problem;
import static no.samspill.internal.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.samspill.Problem;
import no.samspill.internal.read.SourceMap;
import no.samspill.model.Contract;
import no.samspill.model.EscalationStep;
import no.samspill.model.Expectations;
import no.samspill.model.Governance;
import no.samspill.model.Incentive;
import no.samspill.model.IncentiveType;
import no.samspill.model.Objective;
import no.samspill.model.PartyRole;
import no.samspill.model.PrincipleEntry;
import no.samspill.model.Term;
import org.junit.jupiter.api.Test;

class OnePassTest {

    @Test
    void several_broken_rules_are_all_reported_in_the_order_of_the_file() {
        SourceMap map = SourceMap.builder()
                .value("samspill", at(1, 11))
                .value("contract.baseAgreement.code", at(9, 11))
                .value("contract.term", at(12, 5))
                .value("parties.supplier.orgNumber", at(31, 16))
                .value("background", at(36, 13))
                .value("objectives[0].measures[0].deadline", at(52, 19))
                .value("governance.escalation[0].forum", at(98, 17))
                .build();

        List<Problem> problems = validate(validContract()
                .withEscalation(new EscalationStep("styring", 10))
                .withBackground("<p>Bakgrunn</p>")
                .withObjectives(objective("faster-documentation",
                        measure("documentation-time", LocalDate.of(2040, 1, 1))))
                .withSupplier(party("Journalsystemer AS", "923 456 789"))
                .withTerm(new Term(START, null, null, null, null))
                .withBaseAgreement("SSA-Q", null)
                .withSamspill(3), map);

        assertThat(problems).containsExactly(
                problem(1, 11, "samspill", "must be 1, the only format version this release reads (it is 3)"),
                problem(9, 11, "contract.baseAgreement.code", "\"SSA-Q\" is not in the base-agreement catalogue;"
                        + " the known codes are SSA-L, SSA-D and SSA-S", CheckCatalogue.BASE_AGREEMENT_UNKNOWN),
                problem(12, 5, "contract.term", "missing \"duration\" or \"end\""),
                problem(31, 16, "parties.supplier.orgNumber",
                        "\"923 456 789\" is not a valid organisation number: the check digit should be 3"),
                problem(36, 13, "background", "raw HTML is not allowed in a text field (\"<p>Bakgrunn</p>\")"),
                problem(98, 17, "governance.escalation[0].forum",
                        "no forum has the id \"styring\"; did you mean \"steering\"?"));
        // The deadline cannot be checked against a term without an end: no problem is invented for it.
        assertThat(problems).extracting(Problem::path).doesNotContain("objectives[0].measures[0].deadline");
    }

    @Test
    void empty_entries_in_every_list_are_reported_without_a_crash() {
        Contract contract = validContract()
                .withTerm(new Term(START, Period.ofYears(5), null, Arrays.asList(Period.ofYears(1), null), null))
                .withObjectives(new Objective("faster-documentation", "Raskere", null,
                        Arrays.asList(measure("documentation-time", null), null)), null)
                .withPrinciples(PrincipleEntry.standard("honesty"), null)
                .withForums(forum("steering", member(PartyRole.customer, "leder"), null,
                        member(PartyRole.supplier, "leder")), null)
                .withEscalation(null, new EscalationStep("steering", 5))
                .withRisks((no.samspill.model.Risk) null)
                .withIncentives(null, new Incentive("documentation-time", IncentiveType.gainshare, "Deling."))
                .withAmendments((no.samspill.model.Amendment) null)
                .build();
        Contract withEmptyExpectation = new Contract(contract.samspill(), contract.contract(), contract.parties(),
                contract.background(), contract.vision(), contract.objectives(), contract.principles(),
                new Expectations(Arrays.asList("Stille folk til rådighet.", null), null),
                contract.governance(), contract.risks(), contract.incentives(), contract.amendments());

        List<Problem> problems = VALIDATOR.validate(withEmptyExpectation, SourceMap.empty(), FILE).stream()
                .filter(problem -> !problem.isWarning())
                .toList();

        String empty = "this list entry is empty; fill it in or remove it";
        assertThat(problems).containsExactlyInAnyOrder(
                problem(1, 1, "contract.term.extensions[1]", empty),
                problem(1, 1, "objectives[0].measures[1]", empty),
                problem(1, 1, "objectives[1]", empty),
                problem(1, 1, "principles[1]", empty),
                problem(1, 1, "expectations.customer[1]", empty),
                problem(1, 1, "governance.forums[0].members[1]", empty),
                problem(1, 1, "governance.forums[1]", empty),
                problem(1, 1, "governance.escalation[0]", empty),
                problem(1, 1, "risks[0]", empty),
                problem(1, 1, "incentives[0]", empty),
                problem(1, 1, "amendments[0]", empty));
    }

    @Test
    void missing_parts_are_reported_and_only_the_checks_that_need_them_are_skipped() {
        Contract contract = new Contract(null, null, null, null, null, null, null, null, null, null, null, null);

        assertThat(VALIDATOR.validate(contract, SourceMap.empty(), FILE)).containsExactly(
                problem(1, 1, "contract", "missing required key \"contract\""),
                problem(1, 1, "governance", "missing required key \"governance\""),
                problem(1, 1, "objectives", "at least one objective is required"),
                problem(1, 1, "parties", "missing required key \"parties\""),
                problem(1, 1, "samspill", "missing required key \"samspill\""),
                problem(1, 1, "vision", "missing required key \"vision\""));
    }

    @Test
    void missing_parts_deeper_down_do_not_stop_the_other_rules() {
        Contract valid = validContract().build();
        Governance noForums = new Governance(null, null, null,
                List.of(new EscalationStep("steering", 10)), null, null, null, null);
        Contract contract = new Contract(1, valid.contract(), valid.parties(), null, "Visjon", valid.objectives(),
                null, null, noForums, null, List.of(new Incentive("nothing", IncentiveType.bonus, "x")), null);
        SourceMap map = SourceMap.builder()
                .value("governance", at(70, 3))
                .value("governance.escalation[0].forum", at(72, 17))
                .value("incentives[0].measure", at(90, 14))
                .build();

        assertThat(VALIDATOR.validate(contract, map, FILE)).containsExactly(
                problem(70, 3, "governance.forums", "at least one forum is required"),
                problem(72, 17, "governance.escalation[0].forum",
                        "no forum has the id \"steering\"; the description defines no forums"),
                problem(90, 14, "incentives[0].measure",
                        "no measure has the id \"nothing\"; the measure ids are \"documentation-time\""));
    }

    @Test
    void one_validator_serves_many_threads() throws Exception {
        Contract broken = validContract().withSupplier(party("Journalsystemer AS", "923456789")).build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Problem>>> results = pool.invokeAll(java.util.Collections.nCopies(40,
                    () -> VALIDATOR.validate(broken, SourceMap.empty(), FILE).stream()
                            .filter(problem -> !problem.isWarning()).toList()));
            for (Future<List<Problem>> result : results) {
                assertThat(result.get()).containsExactly(problem(1, 1, "parties.supplier.orgNumber",
                        "\"923456789\" is not a valid organisation number: the check digit should be 3"));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

package no.samspill.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.samspill.Problem;
import no.samspill.internal.read.ContractReader;
import no.samspill.internal.read.ReadResult;
import no.samspill.model.ContractParty;
import no.samspill.model.PartyRole;
import org.junit.jupiter.api.Test;

/** Several customers and several suppliers: the rules on the lists, read from YAML, at their lines. */
class PartyRulesTest {

    private static final String HEAD = """
            samspill: 1
            contract:
              title: Felles anskaffelse av velferdsteknologi
              reference: VT-2027-1
              baseAgreement: { code: SSA-L }
              term: { start: 2027-01-01, duration: P4Y }
            parties:
            """;
    private static final String CUSTOMERS = """
              customers:
                - { id: hso, name: Helse Sør-Øst RHF, orgNumber: "983 658 725", role: lead }
                - { id: drammen, name: Drammen kommune, orgNumber: "923 456 783" }
            """;
    private static final String SUPPLIERS = """
              suppliers:
                - { id: acme, name: Acme Helse AS, orgNumber: "945 678 909", role: lead }
                - { id: sensor, name: Sensorteknikk AS, orgNumber: "978 901 239" }
                - { id: drift, name: Driftspartner AS, orgNumber: "989 012 347", role: subcontractor }
            """;
    private static final String TAIL = """
            vision: Felles visjon.
            objectives:
              - { id: goal, title: Mål }
            governance:
              forums:
                - id: steering
                  name: Styringsgruppe
                  level: strategic
                  frequency: quarterly
                  members:
                    - { party: hso, role: direktør }
                    - { party: drammen, role: kommunaldirektør }
                    - { party: acme, role: daglig leder }
                    - { party: sensor, role: daglig leder }
            """;

    private static List<Problem> errors(String parties) {
        ReadResult read = ContractReader.create().read("avtale.yaml", HEAD + parties + TAIL);
        assertThat(read.problems()).as("the description reads").isEmpty();
        return Validation.VALIDATOR.validate(read.contract(), read.sourceMap(), "avtale.yaml").stream()
                .filter(problem -> !problem.isWarning()).toList();
    }

    @Test
    void several_customers_and_a_consortium_are_valid_and_each_party_keeps_its_id_and_side() {
        ReadResult read = ContractReader.create().read("avtale.yaml", HEAD + CUSTOMERS + SUPPLIERS + TAIL);

        assertThat(errors(CUSTOMERS + SUPPLIERS)).isEmpty();
        assertThat(read.contract().parties().all()).extracting(ContractParty::id, ContractParty::side,
                        ContractParty::signs)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("hso", PartyRole.customer, true),
                        org.assertj.core.groups.Tuple.tuple("drammen", PartyRole.customer, true),
                        org.assertj.core.groups.Tuple.tuple("acme", PartyRole.supplier, true),
                        org.assertj.core.groups.Tuple.tuple("sensor", PartyRole.supplier, true),
                        org.assertj.core.groups.Tuple.tuple("drift", PartyRole.supplier, false));
        assertThat(read.contract().parties().get(PartyRole.customer).name()).isEqualTo("Helse Sør-Øst RHF");
    }

    @Test
    void one_side_may_be_one_party_while_the_other_is_several_and_the_one_party_sits_by_its_side() {
        String oneSupplier = "  supplier: { name: Acme Helse AS, orgNumber: \"945 678 909\" }\n";
        String tail = TAIL.replace("{ party: acme,", "{ party: supplier,").replace("      - { party: sensor, role: daglig leder }\n", "");

        ReadResult read = ContractReader.create().read("avtale.yaml", HEAD + CUSTOMERS + oneSupplier + tail);
        assertThat(read.problems()).isEmpty();
        assertThat(Validation.VALIDATOR.validate(read.contract(), read.sourceMap(), "avtale.yaml"))
                .filteredOn(problem -> !problem.isWarning()).isEmpty();
    }

    @Test
    void a_seat_names_a_side_or_a_party_that_exists_and_every_party_that_signs_has_a_seat() {
        String tail = TAIL.replace("{ party: drammen,", "{ party: dramen,");

        ReadResult read = ContractReader.create().read("avtale.yaml", HEAD + CUSTOMERS + SUPPLIERS + tail);
        List<Problem> errors = Validation.VALIDATOR.validate(read.contract(), read.sourceMap(), "avtale.yaml").stream()
                .filter(problem -> !problem.isWarning()).toList();

        assertThat(errors).extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("parties.customers[1]", "\"drammen\" signs the Agreement but has"
                        + " no seat in any forum; give it a seat by its id in at least one forum"),
                org.assertj.core.groups.Tuple.tuple("governance.forums[0].members[1].party",
                        "no party has the id \"dramen\"; did you mean \"drammen\"?"));
    }

    @Test
    void a_side_in_both_forms_or_in_neither_is_a_problem_at_its_line() {
        String both = CUSTOMERS + "  customer: { name: Helse Sør-Øst RHF, orgNumber: \"983 658 725\" }\n";

        assertThat(errors(both + SUPPLIERS)).extracting(Problem::line, Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(9, "parties.customers", "give \"customer\" or \"customers\", not"
                        + " both: \"customer\" for one party, \"customers\" for several"));
        // (the seats of the customers the description lost are reported too: not this test's concern)
        assertThat(errors(SUPPLIERS)).filteredOn(problem -> problem.path().startsWith("parties."))
                .extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("parties.customer", "missing required key \"customer\", or"
                        + " \"customers\" where the customers are several"));
    }

    @Test
    void ids_are_required_in_a_list_unique_among_all_parties_and_not_the_name_of_a_side() {
        String customers = """
                  customers:
                    - { id: acme, name: Helse Sør-Øst RHF, orgNumber: "983 658 725" }
                    - { name: Drammen kommune, orgNumber: "923 456 783" }
                    - { id: supplier, name: Asker kommune, orgNumber: "923 456 783" }
                """;

        assertThat(errors(customers + SUPPLIERS)).filteredOn(problem -> problem.path().endsWith(".id"))
                .extracting(Problem::line, Problem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(10, "parties.customers[1].id"),
                org.assertj.core.groups.Tuple.tuple(11, "parties.customers[2].id"),
                org.assertj.core.groups.Tuple.tuple(13, "parties.suppliers[0].id"));
        assertThat(errors(customers + SUPPLIERS).stream().filter(problem -> problem.path().equals("parties.suppliers[0].id"))
                .findFirst().orElseThrow().message())
                .isEqualTo("duplicate id \"acme\"; it is also used at parties.customers[0].id (line 9)");
    }

    @Test
    void a_side_has_one_lead_at_most_and_one_where_the_lead_decides() {
        String twoLeads = CUSTOMERS.replace("{ id: drammen,", "{ id: drammen, role: lead,");
        String noLead = CUSTOMERS.replace(", role: lead }", " }") + "  customerSide: { decides: lead }\n";

        assertThat(errors(twoLeads + SUPPLIERS)).extracting(Problem::path).containsExactly("parties.customers[1].role");
        assertThat(errors(noLead + SUPPLIERS)).extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("parties.customerSide.decides", "the customers decide by their"
                        + " lead, but none of them is the lead: give one of them \"role: lead\""));
    }

    @Test
    void a_subcontractor_is_a_supplier_that_does_not_sign() {
        String signing = SUPPLIERS.replace("role: subcontractor }", "role: subcontractor, signatory: { name: Per } }");
        String customerSubcontractor = CUSTOMERS.replace("\"923 456 783\" }", "\"923 456 783\", role: subcontractor }");

        assertThat(errors(CUSTOMERS + signing)).extracting(Problem::path).containsExactly("parties.suppliers[2].signatory");
        assertThat(errors(customerSubcontractor + SUPPLIERS)).extracting(Problem::path)
                .containsExactly("parties.customers[1].role");
    }

    @Test
    void cost_shares_name_every_customer_and_add_up_to_the_whole() {
        String sound = CUSTOMERS + "  customerSide: { costShares: { hso: 62.5, drammen: 37.5 } }\n";
        String wrong = CUSTOMERS + "  customerSide: { costShares: { hso: 60, dramen: 30 } }\n";

        assertThat(errors(sound + SUPPLIERS)).isEmpty();
        assertThat(errors(wrong + SUPPLIERS)).extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("parties.customerSide.costShares",
                        "the cost shares add up to 90 per cent; together they must be 100"),
                org.assertj.core.groups.Tuple.tuple("parties.customerSide.costShares",
                        "the customer \"drammen\" has no cost share; give every customer a share, or leave out"
                                + " costShares for equal shares"),
                org.assertj.core.groups.Tuple.tuple("parties.customerSide.costShares.dramen",
                        "no customer has the id \"dramen\"; did you mean \"drammen\"?"));
    }

    @Test
    void every_organisation_number_in_a_list_is_checked_at_its_own_line() {
        String customers = CUSTOMERS.replace("\"923 456 783\"", "\"923 456 789\"");

        assertThat(errors(customers + SUPPLIERS)).extracting(Problem::line, Problem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(10, "parties.customers[1].orgNumber"));
    }

    @Test
    void no_two_parties_share_an_organisation_number_whatever_their_sides_and_spacing() {
        String suppliers = SUPPLIERS.replace("\"978 901 239\"", "\"983658725\"")
                .replace("\"989 012 347\"", "\"923 456 783\"");

        assertThat(errors(CUSTOMERS + suppliers)).extracting(Problem::line, Problem::column, Problem::path, Problem::message)
                .containsExactly(
                org.assertj.core.groups.Tuple.tuple(13, 56, "parties.suppliers[1].orgNumber", "organisation number"
                        + " 983 658 725 is also given at parties.customers[0].orgNumber (line 9); each party is a legal"
                        + " person of its own with its own number"),
                org.assertj.core.groups.Tuple.tuple(14, 55, "parties.suppliers[2].orgNumber", "organisation number"
                        + " 923 456 783 is also given at parties.customers[1].orgNumber (line 10); each party is a legal"
                        + " person of its own with its own number"));
    }

    @Test
    void in_the_two_party_form_the_customer_and_the_supplier_have_numbers_of_their_own() {
        String two = """
                  customer: { name: Helse Sør-Øst RHF, orgNumber: "983 658 725" }
                  supplier: { name: Acme Helse AS, orgNumber: "983658725" }
                """;

        assertThat(errors(two)).filteredOn(problem -> problem.path().endsWith("orgNumber"))
                .extracting(Problem::line, Problem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(9, "parties.supplier.orgNumber"));
        assertThat(errors(two.replace("\"983658725\"", "\"945 678 909\"")))
                .filteredOn(problem -> problem.path().startsWith("parties.")).isEmpty();
    }

    @Test
    void measures_risks_commitments_and_relationship_managers_name_a_side_joint_or_a_party_that_signs() {
        String tail = TAIL.replace("  - { id: goal, title: Mål }\n", """
                  - id: goal
                    title: Mål
                    measures:
                      - { id: m1, name: Oppetid, responsible: acme }
                      - { id: m2, name: Responstid, responsible: acm }
                      - { id: m3, name: Drift, responsible: drift }
                      - { id: m4, name: Brukere, responsible: customer }
                """) + """
                  relationshipManagers:
                    customer: { name: Kari Nordmann }
                    parties:
                      drammen: { name: Per Hansen }
                      supplier: { name: Ola Nordmann }
                expectations:
                  parties:
                    hso: [ Stille prosjektleder til rådighet. ]
                    drift: [ Drifte tjenesten. ]
                risks:
                  - { id: r1, description: Forsinkelse, owner: joint }
                  - { id: r2, description: Personvern, owner: asker }
                """;

        ReadResult read = ContractReader.create().read("avtale.yaml", HEAD + CUSTOMERS + SUPPLIERS + tail);
        assertThat(read.problems()).as("the description reads").isEmpty();
        List<Problem> errors = Validation.VALIDATOR.validate(read.contract(), read.sourceMap(), "avtale.yaml").stream()
                .filter(problem -> !problem.isWarning()).toList();

        assertThat(errors).extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("objectives[0].measures[1].responsible",
                        "no party has the id \"acm\"; did you mean \"acme\"?"),
                org.assertj.core.groups.Tuple.tuple("objectives[0].measures[2].responsible",
                        "\"drift\" is a subcontractor, not a Party: the Agreement cannot bind it; name the supplier"
                                + " that engaged it, or the supplier side"),
                org.assertj.core.groups.Tuple.tuple("governance.relationshipManagers.parties.supplier",
                        "\"supplier\" names a side, not a single party; what a side as a whole commits to, or its"
                                + " relationship manager, goes in the field of that name beside parties"),
                org.assertj.core.groups.Tuple.tuple("expectations.parties.drift",
                        "\"drift\" is a subcontractor, not a Party: the Agreement cannot bind it; name the supplier"
                                + " that engaged it"),
                org.assertj.core.groups.Tuple.tuple("risks[1].owner",
                        "no party has the id \"asker\"; the party ids are \"customer\", \"supplier\", \"joint\","
                                + " \"hso\", \"drammen\", \"acme\" and \"sensor\""));
    }
}

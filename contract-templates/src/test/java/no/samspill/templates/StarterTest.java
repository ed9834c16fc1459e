package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import no.samspill.ContractGenerator;
import no.samspill.Edition;
import no.samspill.Validation;
import no.samspill.catalogue.BaseAgreement;
import no.samspill.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The starter {@code samspill init} writes, with one party a side or with several, is valid as it is. */
class StarterTest {

    private static final ContractGenerator GENERATOR = ContractGenerator.create();

    private static BaseAgreement base(String code) {
        return GENERATOR.templates().catalogue().find(code).orElseThrow();
    }

    static Stream<Arguments> everyBaseLanguageAndForm() {
        return GENERATOR.templates().catalogue().codes().stream()
                .flatMap(code -> Stream.of(Language.values())
                        .flatMap(language -> Stream.of(false, true).map(several -> Arguments.of(code, language, several))));
    }

    @ParameterizedTest(name = "{0} {1} severalParties={2}")
    @MethodSource("everyBaseLanguageAndForm")
    void the_starter_is_valid_without_a_warning_and_renders(String code, Language language, boolean severalParties) {
        String starter = Starter.render(base(code), language, "avtale.yaml", severalParties);

        Validation validation = GENERATOR.validate("avtale.yaml", starter, Edition.of(language));

        assertThat(validation.problems()).isEmpty();
        assertThat(validation.warnings()).isEmpty();
        assertThat(validation.accepted()).isEmpty();
        assertThat(GENERATOR.text(validation.contract())).isNotBlank();
    }

    @Test
    void the_two_party_starter_is_the_default_and_lists_no_parties() {
        for (Language language : Language.values()) {
            String starter = Starter.render(base("SSA-L"), language, "avtale.yaml");

            assertThat(starter).isEqualTo(Starter.render(base("SSA-L"), language, "avtale.yaml", false))
                    .contains("parties:\n  customer:", "\n  supplier:")
                    .doesNotContain("customers:", "suppliers:", "customerSide", "<#", "${");
        }
    }

    @Test
    void the_several_parties_starter_seats_every_party_that_signs_and_names_parties_by_id() {
        for (Language language : Language.values()) {
            String starter = Starter.render(base("SSA-L"), language, "avtale.yaml", true);

            assertThat(starter).contains("parties:\n", "  customers:", "  suppliers:", "role: lead", "role: subcontractor",
                            "customerSide:", "decides: lead", "leadMayNotAlone:", "costShares:", "supplierSide:",
                            "liability: jointAndSeveral")
                    .contains("{ party: helse-nordvest,", "{ party: fjordvik,", "{ party: bjorkedal,", "{ party: nordlys,",
                            "{ party: sensa,", "{ party: driftshuset,")
                    .contains("responsible: sensa", "\n    owner: nordlys", "\n  parties:\n    fjordvik:",
                            "\n      fjordvik: { name:")
                    .doesNotContain("parties:\n  customer:", "<#", "${");
        }
    }

    @Test
    void the_several_parties_starter_renders_the_sides_its_lead_and_its_subcontractor() {
        String starter = Starter.render(base("SSA-L"), Language.nb, "avtale.yaml", true);
        Validation validation = GENERATOR.validate("avtale.yaml", starter, Edition.of(Language.nb));

        String text = GENERATOR.text(validation.contract()).replace("**", "").replaceAll("\\s+", " ");

        assertThat(text).contains("Helse Nordvest RHF, org.nr. 993 870 129 (heretter «Helse Nordvest»)")
                .contains("samlet kalt Kundene", "samlet kalt Leverandørene", "Helse Nordvest er Hovedkunden.")
                .contains("Nordlys er Hovedleverandøren.", "benytter Driftshuset Vest AS, org.nr. 932 145 693, som underleverandør")
                .contains("Leverandørene svarer solidarisk overfor Kundene")
                .contains("bruk av en opsjon om forlengelse; godkjenning av nye underleverandører");
    }
}

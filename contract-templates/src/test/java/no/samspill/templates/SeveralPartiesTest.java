package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import no.samspill.ContractGenerator;
import no.samspill.Edition;
import no.samspill.Validation;
import no.samspill.model.Language;
import org.junit.jupiter.api.Test;

/** Work in progress (issue 13): a description with several customers and a consortium renders. */
class SeveralPartiesTest {

    private static final ContractGenerator GENERATOR = ContractGenerator.create();

    private static String joint() throws IOException {
        try (InputStream in = SeveralPartiesTest.class.getResourceAsStream("parties/joint.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_parties_clause_names_every_party_and_the_sides_read_in_the_plural() throws IOException {
        Validation validation = GENERATOR.validate("joint.yaml", joint(), Edition.of(Language.nb));
        assertThat(validation.problems()).isEmpty();

        // The text form marks defined terms in bold and wraps lines: compared as running text.
        String text = GENERATOR.text(validation.contract()).replace("**", "").replaceAll("\\s+", " ");

        assertThat(text).contains("Helse Sør-Øst RHF, org.nr. 983 658 725 (heretter «HSØ»),")
                .contains("- Drammen kommune, org.nr. 923 456 783,")
                .contains("samlet kalt Kundene og hver for seg en Kunde")
                .contains("samlet kalt Leverandørene og hver for seg en Leverandør")
                .contains("«HSØ» er Hovedkunden")
                .contains("benytter Driftspartner AS, org.nr. 923 456 783, som underleverandør.")
                .contains("Kundene opptrer samlet overfor Leverandørene.")
                .contains("utøves retten og treffes beslutningen av Hovedkunden på vegne av Kundene")
                .contains("Hovedkunden kan ikke alene samtykke i endringer i Avtalen eller Grunnavtalen")
                .contains("med disse andelene: «HSØ» 50 prosent, «Drammen kommune» 25 prosent, «Asker kommune» 25 prosent.")
                .contains("Leverandørene svarer solidarisk overfor Kundene for oppfyllelsen av Avtalen.")
                .contains("Hvert forum har medlemmer fra både Kundene og Leverandørene")
                .contains("«Den andre parten» er Leverandørene for en deltaker fra Kundene, og Kundene for en deltaker fra Leverandørene.")
                .contains("treffer beslutning når Kundene og Leverandørene er enige, slik hver side tar stilling etter punkt")
                .doesNotContain("Kunden ").doesNotContain("Leverandøren ").doesNotContain("Kundens ");
    }

    @Test
    void in_english_the_sides_are_plural_and_their_possessive_takes_an_apostrophe_alone() throws IOException {
        String english = joint().replace("samspill: 1\n", "samspill: 1\n").replace("  title: Samarbeidsavtale",
                "  language: en\n  title: Samarbeidsavtale");
        Validation validation = GENERATOR.validate("joint.yaml", english, Edition.of(Language.en));
        assertThat(validation.problems()).isEmpty();

        String text = GENERATOR.text(validation.contract()).replace("**", "").replaceAll("\\s+", " ");

        assertThat(text).contains("together the Customers and each a Customer Party")
                .contains("\"HSØ\" is the Lead Customer")
                .contains("The Customers act together towards the Suppliers.")
                .contains("The Suppliers are jointly and severally liable to the Customers for the performance")
                .doesNotContain("the Customer ").doesNotContain("Customers's").doesNotContain("Customer's")
                .contains("the Customers have confirmed in writing").contains("If the Customers are subject to")
                .doesNotContain("Customers has").doesNotContain("Suppliers has").doesNotContain("Customers is");
    }
}

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

/** A description with several customers and a consortium validates and renders whole, in nb and en. */
class SeveralPartiesTest {

    private static final ContractGenerator GENERATOR = ContractGenerator.create();

    private static String joint() throws IOException {
        try (InputStream in = SeveralPartiesTest.class.getResourceAsStream("parties/joint.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The description, valid without a problem, rendered as running text: the text form marks
     * defined terms in bold and wraps lines, so both are undone. The text as rendered is also
     * written under target/, for a reader to look through.
     */
    private static String runningText(String description, Language language) throws IOException {
        Validation validation = GENERATOR.validate("joint.yaml", description, Edition.of(language));
        assertThat(validation.problems()).isEmpty();
        String text = GENERATOR.text(validation.contract());
        dump("joint." + language + ".txt", text);
        return text.replace("**", "").replaceAll("\\s+", " ");
    }

    /** The rendered text beside the test classes, for a reader to look through. */
    private static void dump(String name, String text) throws IOException {
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", name), text);
    }

    @Test
    void the_parties_clause_names_every_party_and_the_sides_read_in_the_plural() throws IOException {
        String text = runningText(joint(), Language.nb);

        assertThat(text).contains("Helse Sør-Øst RHF, org.nr. 983 658 725 (heretter «HSØ»),")
                .contains("- Drammen kommune, org.nr. 923 456 783,")
                .contains("samlet kalt Kundene og hver for seg en Kunde")
                .contains("samlet kalt Leverandørene og hver for seg en Leverandør")
                .contains("«HSØ» er Hovedkunden")
                .contains("benytter Driftspartner AS, org.nr. 923 456 783, som underleverandør.")
                .contains("Kundene opptrer samlet overfor Leverandørene.")
                .contains("utøves retten og treffes beslutningen av Hovedkunden på vegne av Kundene")
                .contains("Hovedkunden kan ikke alene samtykke i endringer i Avtalen eller Grunnavtalen")
                .contains("Kundene svarer ikke solidarisk for hverandres forpliktelser etter Avtalen")
                .contains("fordeles mellom Kundene med disse andelene: «HSØ» 50 prosent, «Drammen kommune» 25 prosent, «Asker kommune» 25 prosent.")
                .contains("Leverandørene svarer solidarisk overfor Kundene for Leverandørenes forpliktelser etter Avtalen. Om og i hvilken utstrekning Leverandørene svarer solidarisk for ytelsene etter Grunnavtalen, følger av Grunnavtalen.")
                .contains("Hvert forum har medlemmer fra både Kundene og Leverandørene")
                .contains("«Den andre parten» er Leverandørene for en deltaker fra Kundene, og Kundene for en deltaker fra Leverandørene.")
                .contains("treffer beslutning når Kundene og Leverandørene er enige, slik hver Side tar stilling etter punkt")
                .contains("Kundene og Leverandørene er hver for seg en Side.")
                .contains("Trer Hovedkunden ut, skal de øvrige Kundene i fellesskap utpeke en av seg til å overta rollen")
                .contains("Fra uttredenen fordeles en uttredende Kundes andel etter punkt 1.1 mellom de øvrige Kundene")
                .contains("Avtalen fortsetter mellom de øvrige Partene")
                .contains("Forpliktelser for HSØ HSØ skal: - Lede det felles innføringsprosjektet.")
                .contains("Forpliktelsene ovenfor gjelder for hver Kunde, med mindre")
                .contains("I tillegg er Nina Berg, enhetsleder, relasjonsansvarlig for «Drammen kommune» og Tor Dahl"
                        + " relasjonsansvarlig for «Sensorteknikk AS».")
                .contains("| Oppetid for plattformen (prosent) | 99 | 99,5 | 31. desember 2028 | månedlig | Acme |")
                .contains("| Forsinket integrasjon mot kommunenes journalsystem | Sensorteknikk AS | Felles testplan |")
                .contains("| Andel brukere med trygghetsalarm | Kundene | Uttrekk | – |")
                .contains("rapport om måleindikatorene Andel brukere med trygghetsalarm (Kundene) og Oppetid for"
                        + " plattformen (Acme)")
                .contains("Hver Side skal utpeke minst fem deltakere til målingen, og hver av Partene minst én.")
                .contains("svarene fra resten av Siden til sammen er ingen eller minst fem")
                .contains("Et forum er beslutningsdyktig når et medlem som kan avgi stemmen for hver Side etter punkt 1.1, er til stede.")
                .contains("Opphører Grunnavtalen for alle Partene, opphører Avtalen samtidig.")
                .contains("Uenighet mellom Partene på samme Side løses mellom dem")
                .contains("Den som gir meldingen, skal samtidig sende kopi til relasjonsansvarlig for sin egen Side")
                .contains("En sak i eskaleringsstigen er løst når Sidene er enige etter punkt 1.1")
                .contains("Leverandørene skal sørge for at personer fra en underleverandør er bundet av taushetsplikt")
                .contains("Der Avtalen ellers omtaler de relasjonsansvarlige, menes Kundenes og Leverandørenes relasjonsansvarlige.")
                .contains("lavere enn 3,0 for en Side eller for en av Partene der resultatet vises")
                .contains("bæres med halvparten på hver Side, med mindre Partene avtaler noe annet.")
                .contains("Leverandørene skal respektere Kundenes ansvar for egen virksomhet og egne prioriteringer, og"
                        + " ikke utnytte at Kundene er avhengige av")
                .doesNotContain("Kunden ").doesNotContain("Leverandøren ").doesNotContain("Kundens ")
                .doesNotContain("begge Partene").doesNotContain("den andre Parten har godtatt");
    }

    @Test
    void in_english_the_sides_are_plural_and_their_possessive_takes_an_apostrophe_alone() throws IOException {
        String english = joint().replace("samspill: 1\n", "samspill: 1\n").replace("  title: Samarbeidsavtale",
                "  language: en\n  title: Samarbeidsavtale");
        String text = runningText(english, Language.en);

        assertThat(text).contains("together the Customers and each a Customer Party")
                .contains("\"HSØ\" is the Lead Customer")
                .contains("The Customers act together towards the Suppliers.")
                .contains("The Suppliers are jointly and severally liable to the Customers for the Suppliers' obligations under the Agreement.")
                .doesNotContain("the Customer ").doesNotContain("Customers's").doesNotContain("Customer's")
                .contains("the Customers have confirmed in writing").contains("If the Customers are subject to")
                .contains("The Customers and the Suppliers are each a \"Side\".".replace("\"", ""))
                .contains("What the Customers are to bear under the Agreement, including the Customers' share of joint"
                        + " costs under clause 22, is divided between the Customers in these shares")
                .contains("If the Lead Supplier leaves, the remaining Suppliers shall jointly appoint one of themselves")
                .contains("Each Customer Party is bound by the obligations above")
                .contains("Each Side shall appoint at least five participants in the check, and each of the Parties at"
                        + " least one.")
                .contains("the Customers' responsibility for their own businesses and their own priorities")
                .contains("the Customers shall provide the information the plan needs and state their requirements")
                .contains("Where the Suppliers process personal data")
                .contains("A matter in the escalation ladder is resolved when the Sides agree under clause 1.1")
                .contains("The sender shall at the same time send a copy to the relationship manager of its own Side")
                .doesNotContain("Customers has").doesNotContain("Suppliers has").doesNotContain("Customers is")
                .doesNotContain("Customers needs").doesNotContain("Customers grants").doesNotContain("Suppliers processes")
                .doesNotContain("both Parties").doesNotContain("either of the Parties").doesNotContain("nany")
                .contains("with a view to none of them carrying");
    }

    @Test
    void the_several_parties_description_that_samspill_check_renders_against_is_valid()
            throws IOException {
        String several;
        try (InputStream in = SeveralPartiesTest.class.getResourceAsStream("/no/samspill/templates/check/several.yaml")) {
            several = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // Written in Norwegian only, as maximal.yaml is: samspill check renders it in every language.
        Validation validation = GENERATOR.validate("several.yaml", several, Edition.of(Language.nb));
        assertThat(validation.problems()).isEmpty();
        assertThat(GENERATOR.text(validation.contract())).contains("Integrasjonspartner AS, org.nr. 983 658 725,");
    }
}

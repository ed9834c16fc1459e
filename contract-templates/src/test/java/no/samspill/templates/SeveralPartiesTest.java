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
        return runningText("joint", description, language);
    }

    private static String runningText(String name, String description, Language language) throws IOException {
        Validation validation = GENERATOR.validate(name + ".yaml", description, Edition.of(language));
        assertThat(validation.problems()).isEmpty();
        String text = GENERATOR.text(validation.contract());
        dump(name + "." + language + ".txt", text);
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
                .contains("HSØ er Hovedkunden.").doesNotContain("«HSØ» er")
                .contains("benytter Driftspartner AS, org.nr. 989 012 347, som underleverandør.")
                .contains("Kundene opptrer samlet overfor Leverandørene.")
                .contains("utøves retten og treffes beslutningen av Hovedkunden på vegne av Kundene")
                .contains("Hovedkunden kan ikke alene samtykke i endringer i Avtalen eller Grunnavtalen")
                .contains("Kundene svarer ikke solidarisk for hverandres forpliktelser etter Avtalen")
                .contains("fordeles mellom Kundene med disse andelene: HSØ 50 prosent, Drammen kommune 25 prosent, Asker kommune 25 prosent.")
                .contains("Leverandørene svarer solidarisk overfor Kundene for Leverandørenes forpliktelser etter Avtalen.")
                .contains("Om og i hvilken utstrekning Leverandørene svarer solidarisk for ytelsene etter Grunnavtalen, følger av Grunnavtalen.")
                .contains("Hvert forum har medlemmer fra både Kundene og Leverandørene")
                .contains("«Den andre parten» er Leverandørene for en deltaker fra Kundene, og Kundene for en deltaker fra Leverandørene.")
                .contains("treffer beslutning når Kundene og Leverandørene er enige, slik hver Side tar stilling etter punkt")
                .contains("Kundene og Leverandørene er hver for seg en Side.")
                .contains("Trer Hovedkunden ut, skal de øvrige Kundene i fellesskap utpeke en av seg til å overta rollen")
                .contains("Fra uttredenen fordeles en uttredende Kundes andel etter punkt 1.1 mellom de øvrige Kundene")
                .contains("Avtalen fortsetter mellom de øvrige Partene")
                .contains("Forpliktelser for HSØ HSØ skal: - Lede det felles innføringsprosjektet.")
                .contains("Forpliktelsene ovenfor gjelder for hver Kunde, med mindre")
                .contains("I tillegg er Nina Berg, enhetsleder, relasjonsansvarlig for Drammen kommune og Tor Dahl"
                        + " relasjonsansvarlig for Sensorteknikk AS.")
                .contains("| Oppetid for plattformen (prosent) | 99 | 99,5 | 31. desember 2028 | månedlig | Acme |")
                .contains("| Forsinket integrasjon mot kommunenes journalsystem | Sensorteknikk AS | Felles testplan |")
                .contains("| Andel brukere med trygghetsalarm | Kundene | Uttrekk | – |")
                .contains("rapport om måleindikatorene Andel brukere med trygghetsalarm (Kundene) og Oppetid for"
                        + " plattformen (Acme)")
                .contains("Hver Side skal utpeke minst fem deltakere til målingen, og hver av Partene minst én.")
                .contains("Resultatene for de enkelte Partene på en Side vises bare når hver Part som får vist sitt resultat, har"
                        + " minst fem svar, og svarene fra de Partene på samme Side som ikke får vist sitt resultat, til"
                        + " sammen er ingen eller minst fem.")
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

    /** What the closing review of issue 13 found, each in the Norwegian as a lawyer reads it. */
    @Test
    void the_closing_review_of_several_parties_reads_right_in_norwegian() throws IOException {
        String text = runningText(joint(), Language.nb);

        assertThat(text)
                // the cover names the subcontractor, as no party
                .contains("Underleverandør: Driftspartner AS (ikke part i avtalen) Org.nr. 989 012 347")
                // the changes appendix stands on its own: a side is defined there, mediation costs per side
                .contains("Med «side» menes kundene samlet eller leverandørene samlet, og med «den"
                        + " andre siden» menes, for en part, den siden parten ikke tilhører.")
                .contains("kan hver part kreve mekling ved skriftlig melding til den andre siden.")
                .contains("innen ti virkedager etter at mekling ble krevd, kan hver side be Den Norske Advokatforening")
                .contains("Hver side dekker halvparten av meklerens honorar og utgifter; partene på samme side"
                        + " fordeler sidens halvpart seg imellom slik de har avtalt, og ellers likt.")
                .contains("si opp eller avbestille avtalen i sin helhet, eller for så vidt den gjelder parten selv,"
                        + " uten at det foreligger mislighold fra den andre siden,")
                .doesNotContain("halvparten hver").doesNotContain("den andre parten har misligholdt")
                .doesNotContain("melding til den andre parten")
                // a listed party's contact is printed; a subcontractor's, with enquiries kept to the suppliers
                .contains("Henvendelser om Avtalen rettes til: - for Drammen kommune: Nina Berg, e-post"
                        + " nina.berg@drammen.example")
                .contains("Kontaktperson hos Driftspartner AS er Lars Drift, telefon +47 22 00 00 99. Henvendelser om"
                        + " Avtalen rettes likevel til Leverandørene, ikke til underleverandøren.")
                // what the lead may not agree alone needs every party of the side
                .contains("Slikt samtykke krever skriftlig tilslutning fra hver Kunde.")
                .contains("Slikt samtykke krever skriftlig tilslutning fra hver Leverandør.")
                // joint and several liability: the cap once, for the suppliers together
                .contains("En øvre grense for erstatning som etter punkt 18 gjelder for mislighold av Avtalen, gjelder"
                        + " én gang for Leverandørene samlet og ikke for hver Leverandør for seg.")
                // each customer under its own duties of public access
                .contains("Hver Kunde som er omfattet av offentleglova, behandler selv, etter denne loven, krav om"
                        + " innsyn i dokumenter som gjelder Avtalen, og som den har mottatt eller opprettet.")
                .contains("Før en Kunde gir innsyn i opplysninger som Leverandørene har merket som"
                        + " forretningshemmeligheter, skal den")
                .contains("Ingenting i Avtalen forplikter en Kunde til å gi Leverandørene opplysninger")
                .doesNotContain("Er Kundene omfattet av offentleglova").doesNotContain("Kundene skal i tillegg vurdere")
                // one plural of forum throughout
                .doesNotContain("forumene")
                // the register: the Sides agree, each by its own rule
                .contains("En risiko tas ut av registeret bare når Sidene er enige om det, slik hver Side tar stilling"
                        + " etter punkt 1.1.")
                .doesNotContain("bare når Partene er enige")
                // a party without a seat in the reporting forum still receives the reports
                .contains("En Part som ikke har eget medlem i forumet Samarbeidsforum, mottar rapportene om"
                        + " måleindikatorene og forumets referater fra de relasjonsansvarlige, samtidig med medlemmene.")
                // the survey asks about cooperation within a side; both sides have several parties, so all answer
                .contains("| 14 | Samarbeid på egen Side | Partene på min Side samarbeider godt seg imellom og holder"
                        + " hverandre orientert. |")
                .contains("Resultatet for påstand 14 vises etter punkt 12 på samme måte som resultatene for de andre"
                        + " påstandene, men følges opp av Partene på den aktuelle Siden seg imellom, jf. punkt 1.1.")
                .doesNotContain("besvares bare av");
    }

    /** With one supplier and several customers, only the customers are asked about cooperation within their side. */
    @Test
    void only_a_side_of_several_parties_is_asked_about_cooperation_within_it() throws IOException {
        String oneSupplier = joint()
                .replace("    - { id: sensor, name: Sensorteknikk AS, orgNumber: \"978 901 239\" }\n", "")
                .replace("        - { party: sensor, role: daglig leder }\n", "")
                .replace("      sensor: { name: Tor Dahl }\n", "")
                .replace("    sensor: [Levere sensorene etter avtalt plan.]\n", "")
                .replace("owner: sensor", "owner: acme");

        String text = runningText("one-supplier", oneSupplier, Language.nb);
        assertThat(text).contains("Påstand 14 besvares bare av deltakere fra Kundene.")
                .contains("Med «side» menes kundene samlet eller leverandøren, og med «den andre siden»")
                .contains("Leverandør: Acme Helse AS Org.nr. 945 678 909 Underleverandør: Driftspartner AS")
                .contains("Leverandøren");
        String english = runningText("one-supplier", oneSupplier.replace("  title: Samarbeidsavtale", "  language: en\n  title: Samarbeidsavtale"),
                Language.en);
        assertThat(english).contains("Statement 14 is answered only by participants from the Customers.");
    }

    @Test
    void in_english_the_sides_are_plural_and_their_possessive_takes_an_apostrophe_alone() throws IOException {
        String english = joint().replace("samspill: 1\n", "samspill: 1\n").replace("  title: Samarbeidsavtale",
                "  language: en\n  title: Samarbeidsavtale");
        String text = runningText(english, Language.en);

        assertThat(text).contains("together the Customers and each a Customer Party")
                .contains("The Customers act together towards the Suppliers.")
                .contains("The Suppliers are jointly and severally liable to the Customers for the Suppliers' obligations under the Agreement.")
                .doesNotContain("the Customer ").doesNotContain("Customers's").doesNotContain("Customer's")
                .contains("the Customers have confirmed in writing")
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
                .contains("with a view to none of them carrying")
                .contains("Subcontractor: Driftspartner AS (not a party to the agreement) Org. no. 989 012 347")
                .contains("\"Side\" means the customers together or the suppliers together, and"
                        + " \"the other side\" means, for a party, the side to which that party does not belong.")
                .contains("each party may require mediation by written notice to the other side.")
                .contains("within ten working days after mediation was required, each side may ask the Norwegian Bar")
                .contains("Each side bears half of the mediator's fees and expenses; the parties on the same side"
                        + " divide that side's half among themselves as they have agreed, and otherwise equally.")
                .contains("to terminate or cancel the agreement as a whole, or in so far as it concerns that party,"
                        + " without breach by the other side,")
                .doesNotContain("in equal shares").doesNotContain("the other party being in breach")
                .contains("- for Drammen kommune: Nina Berg, email nina.berg@drammen.example")
                .contains("The contact person at Driftspartner AS is Lars Drift, telephone +47 22 00 00 99. Enquiries"
                        + " about the Agreement shall nonetheless be addressed to the Suppliers, not to the subcontractor.")
                .contains("Such consent requires the written agreement of each Customer Party.")
                .contains("Any upper limit on damages that applies under clause 18 to breach of the Agreement applies"
                        + " once to the Suppliers together, and not to each Supplier Party separately.")
                .contains("HSØ is the Lead Customer.").doesNotContain("\"HSØ\" is")
                .contains("in these shares: HSØ 50 per cent, Drammen kommune 25 per cent, Asker kommune 25 per cent.")
                .contains("is the relationship manager of Drammen kommune")
                .contains("Each Customer Party that is subject to the Norwegian Freedom of Information Act")
                .doesNotContain("If the Customers are subject to the Norwegian Freedom of Information Act")
                .contains("A risk is removed from the register only when the Sides agree, each Side taking its"
                        + " position under clause 1.1.")
                .contains("A Party that has no member of its own in the forum Samarbeidsforum receives the reports on the"
                        + " measures and the minutes of that forum from the relationship managers, at the same time as"
                        + " the members.")
                .contains("| 14 | Cooperation within the Side | The Parties on my Side work well together and keep one"
                        + " another informed. |");
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
        assertThat(GENERATOR.text(validation.contract())).contains("Integrasjonspartner AS, org.nr. 934 567 897,");
    }
}

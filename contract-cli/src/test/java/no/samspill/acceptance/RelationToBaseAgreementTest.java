package no.samspill.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import no.samspill.ContractGenerator;
import no.samspill.Generation;
import no.samspill.Validation;
import no.samspill.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the contract positions itself against the standard agreement it sits on, read through the
 * public API: no self-granted precedence, every choice that departs from the SSA stated as a
 * numbered amendment, rights under the SSA never suspended, the text fitted to the base agreement.
 * The last test reads the same points back from LibreOffice.
 */
class RelationToBaseAgreementTest {

    private static final ContractGenerator GENERATOR = ContractGenerator.create();

    @TempDir
    Path dir;

    /** A description with a slot for the base agreement, one for the dispute terms and one for the rest. */
    private static String description(String language, String base, String dispute, String extra) {
        return """
                samspill: 1
                contract:
                  title: Samarbeidsavtale om pasientportal
                  reference: PP-2027-3
                  language: %s
                  date: 2027-01-15
                  baseAgreement: %s
                  term: { start: 2027-02-01, duration: P3Y, extensions: [P1Y], extensionNoticeMonths: 4 }
                parties:
                  customer: { name: Helse Vest IKT AS, orgNumber: "983 658 725" }
                  supplier: { name: Portalhuset AS, orgNumber: "923 456 783" }
                vision: Pasientene skal finne det de trenger.
                objectives:
                  - id: usage
                    title: Mer bruk
                    measures:
                      - { id: logins, name: Innlogginger per måned, baseline: 1000, target: 5000 }
                governance:
                  forums:
                    - id: board
                      name: Strategisk styringsgruppe
                      shortName: styringsgruppen
                      level: strategic
                      frequency: quarterly
                      members: [ { party: customer, role: direktør }, { party: supplier, role: daglig leder } ]
                    - id: team
                      name: Samarbeidsforum
                      level: tactical
                      frequency: monthly
                      members: [ { party: customer, role: forvalter }, { party: supplier, role: prosjektleder } ]
                  disputeResolution: %s
                  exit: { noticeMonths: 9, transitionPlanMonths: 6 }
                %s
                """.formatted(language, base, dispute, extra);
    }

    private static String text(String yaml) {
        Validation validation = GENERATOR.validate("test.yaml", yaml);
        assertThat(validation.problems()).isEmpty();
        return GENERATOR.text(validation.contract()).replaceAll("\\s+", " ");
    }

    private static final String ALL_CHOICES_BASE = "{ code: SSA-L, principlesAmendment: true }";
    private static final String MEDIATION_AND_VENUE = "{ mediation: true, venue: courts, place: Bergen tingrett }";
    private static final String MALUS_AND_AMENDMENT = """
            incentives:
              - { measure: logins, type: malus, description: Trekk på 1 prosent når målet ikke nås. }
            amendments:
              - { clause: "8", title: Tjenestenivå, change: Ny tekst om tjenestenivå. }
            """;

    @Test
    void everyChoiceThatDepartsFromTheBaseAgreementIsANumberedAmendmentInTheBaseAgreementsTerms() {
        String text = text(description("nb", ALL_CHOICES_BASE, MEDIATION_AND_VENUE, MALUS_AND_AMENDMENT));
        String part3 = text.substring(text.indexOf("Del III Forholdet til Grunnavtalen"));

        assertThat(part3).containsSubsequence(
                ".1 Innledende bestemmelse i bilaget",
                "avtalen «Samarbeidsavtale om pasientportal» (referanse PP-2027-3) mellom partene, slik den lyder ved"
                        + " undertegningen",
                ".2 Endring av Grunnavtalens bestemmelser om tolkning og rangordning",
                ".3 Endring av Grunnavtalens bestemmelser om oppsigelse og avbestilling",
                "med minst ni måneders varsel",
                ".4 Endring av Grunnavtalens bestemmelser om vederlag",
                "bare det høyeste av beløpene",
                ".5 Endring av Grunnavtalens bestemmelser om krav på tilleggsfrist",
                ".6 Endring av Grunnavtalens bestemmelser om mekling",
                "Denne bestemmelsen erstatter avtalens bestemmelser om mekling",
                "kan saken ikke bringes inn for domstolene før meklingen er avsluttet",
                "Den Norske Advokatforening",
                ".7 Endring av Grunnavtalens bestemmelser om domstols- eller voldgiftsbehandling",
                "med Bergen tingrett som avtalt verneting",
                ".8 Endring av Grunnavtalens punkt 8 (Tjenestenivå)");
        assertThat(part3).contains("viser til Grunnavtalen og ikke til Avtalen")
                .contains("Inntil den er undertegnet, gjelder Grunnavtalen uendret");
        assertThat(text).doesNotContain("uavhengig av rangordningen", "Avviker dette valget", "samarbeidsavtalen",
                "endrer ikke Grunnavtalens generelle avtaletekst", "skal Partene ta det inn");
    }

    @Test
    void theAgreementNeverGrantsItselfPrecedenceAndThePrinciplesAreWeighedNotRanked() {
        String text = text(description("nb", "{ code: SSA-L }", "{ mediation: false }", ""));

        assertThat(text).contains("Ved motstrid mellom Avtalen og Grunnavtalen med bilag går Grunnavtalen foran.")
                .contains("Avtalen gir seg ikke selv forrang fremfor noen del av Grunnavtalen.")
                .contains("skal prinsippene tillegges vekt så langt det er forenlig med ordlyden i Grunnavtalen")
                .contains("Prinsippene begrenser ikke en Parts adgang til å gjøre gjeldende rettigheter og sanksjoner")
                .doesNotContain("går Avtalen foran", "bindende normer for tolkning og utfylling av hele avtaleforholdet");
    }

    @Test
    void withoutDepartingChoicesOnlyTheWeighingOfFailuresToWarnIsAnAmendment() {
        String text = text(description("nb", "{ code: SSA-L }", "{ venue: courts }",
                "").replace("exit: { noticeMonths: 9, transitionPlanMonths: 6 }", "exit: { transitionPlanMonths: 6 }"));
        String part3 = text.substring(text.indexOf("Del III Forholdet til Grunnavtalen"), text.indexOf("Del IV"));

        assertThat(part3).contains(".2 Endring av Grunnavtalens bestemmelser om krav på tilleggsfrist, tilleggsvederlag og"
                        + " erstatning")
                .doesNotContain(".3 Endring av", "mekling", "verneting", "oppsigelse og avbestilling")
                .contains("Inntil den er undertegnet, gjelder Grunnavtalen uendret");
        assertThat(text).contains("Avtalen er underlagt norsk rett.")
                .containsPattern("tillegges vekt når krav fra den Parten på tilleggsfrist, tilleggsvederlag eller erstatning"
                        + " etter Grunnavtalen vurderes, etter endringen i punkt (\\d+)\\.2\\.");
    }

    @Test
    void aClauseNumberTheCatalogueHasVerifiedHeadsTheAmendment() {
        String text = text(description("nb", "{ code: SSA-S, version: \"2015\", principlesAmendment: true }",
                "{ mediation: false }", ""));

        assertThat(text).contains("Endring av Grunnavtalens punkt 1.3 (Tolkning – rangordning)");
    }

    @Test
    void theEscalationLadderSuspendsNoRightAndTheLoyaltyDutyIsMutual() {
        String text = text(description("nb", "{ code: SSA-L }", MEDIATION_AND_VENUE, ""));

        assertThat(text).contains("Eskaleringsstigen begrenser ikke en Parts adgang til å utøve rettigheter og beføyelser"
                        + " etter Grunnavtalen, herunder å kreve endring, holde tilbake betaling eller ytelser, kreve dagbot,"
                        + " prisavslag eller erstatning, heve eller avbestille")
                .contains("At dette ikke er gjort, gjør ikke oppsigelsen eller avbestillingen ugyldig")
                .contains("hver av Partene skal utøve sine rettigheter etter Grunnavtalen")
                .doesNotContain("Kunden skal utøve sine rettigheter etter Grunnavtalen");
    }

    @Test
    void principleTextsFollowTheAllocationOfAuthorityInTheBaseAgreement() {
        String consultancy = text(description("nb", "{ code: SSA-B }", "{ mediation: false }", ""));
        String agile = text(description("nb", "{ code: SSA-S }", "{ mediation: false }", ""));
        String operations = text(description("nb", "{ code: SSA-D }", "{ mediation: false }", ""));

        assertThat(consultancy).contains("Kunden leder og prioriterer arbeidet etter Grunnavtalen")
                .doesNotContain("overlate til Leverandøren å bestemme hvordan");
        assertThat(agile).contains("gjennom sin produkteier");
        assertThat(operations).contains("overlate til Leverandøren å bestemme hvordan")
                .contains("tvist om en endringsordre eller om virkningene av en endring, behandles etter Grunnavtalens"
                        + " særlige regler om dette");
        assertThat(consultancy).doesNotContain("tvist om en endringsordre");
    }

    @Test
    void theChangeCheckNamesTheRegulationThatApplies() {
        String utilities = text(description("nb", "{ code: SSA-L }", "{ mediation: false }", "")
                .replace("  date: 2027-01-15\n", "  date: 2027-01-15\n  procurement: { name: Portal, regulation: utilities }\n"));
        String privateBuyer = text(description("nb", "{ code: SSA-L }", "{ mediation: false }", "")
                .replace("  date: 2027-01-15\n", "  date: 2027-01-15\n  procurement: { regulation: none }\n"));
        String general = text(description("nb", "{ code: SSA-L }", "{ mediation: false }", ""));

        assertThat(utilities).contains("forsyningsforskriften").doesNotContain("§ 28-1")
                .contains("var en del av konkurransegrunnlaget i anskaffelsen «Portal», som ledet til");
        assertThat(general).contains("anskaffelsesforskriften) § 28-1").contains("forsyningsforskriften")
                .contains("i den anskaffelsen som ledet til at Grunnavtalen ble inngått")
                .contains("forhandle i god tro om en justering. Ingen av Partene har krav på en justering ut over");
        assertThat(privateBuyer).doesNotContain("konkurransegrunnlaget", "§ 28-1").contains("ikke er bundet av regelverket om offentlige anskaffelser");
    }

    @Test
    void deadlinesAreAnchoredOnceAndSmallNumbersAreWords() {
        String dated = text(description("nb", "{ code: SSA-L }", "{ mediation: false }", ""));
        String undated = text(description("nb", "{ code: SSA-L }", "{ mediation: false }", "")
                .replace("  date: 2027-01-15\n", ""));

        assertThat(dated).contains("skal være ferdig innen 15. juli 2027.").doesNotContain("etter at Avtalen er signert");
        assertThat(undated).contains("skal være ferdig senest seks måneder etter at Avtalen er signert.")
                .doesNotContain("det vil si");
        assertThat(dated).contains("løper i tre år").contains("med ett år")
                .contains("senest fire måneder før den løpende perioden utløper")
                .contains("Forlenges Grunnavtalen, forlenges Avtalen for samme periode.");
    }

    @Test
    void theEnglishEditionSpeaksOfSchedulesPartiesAndGoodFaith() {
        String text = text(description("en", ALL_CHOICES_BASE, MEDIATION_AND_VENUE, MALUS_AND_AMENDMENT));

        assertThat(text).contains("together the **Parties** and each a **Party**")
                .contains("Schedule 1").doesNotContain("Appendix 1 ")
                .contains("negotiate in good faith").doesNotContain("loyally")
                .contains("general contractual wording").doesNotContain("general contractual text")
                .contains("Amendment to the Base Agreement's provisions on mediation")
                .contains("the agreement \"Samarbeidsavtale om pasientportal\" (reference PP-2027-3) between the parties")
                .contains("In the event of conflict between the Agreement and the Base Agreement with its appendices,"
                        + " the Base Agreement prevails.");
    }

    @Test
    void libreOfficeShowsThePrecedenceRuleAndTheAmendmentsInBothLanguages() throws Exception {
        ExternalTool.SOFFICE.require();
        ExternalTool.PDFTOTEXT.require();
        for (Language language : Language.values()) {
            Generation generation = GENERATOR.generate("test.yaml",
                    description(language.name(), ALL_CHOICES_BASE, MEDIATION_AND_VENUE, MALUS_AND_AMENDMENT));
            assertThat(generation.problems()).isEmpty();
            Path docx = Files.write(dir.resolve("contract-" + language + ".docx"), generation.document());
            String pdf = Trees.normalize(ExternalTool.PDFTOTEXT.run(dir, 60, "-enc", "UTF-8",
                    ExternalTool.pdfOf(dir, docx).toString(), "-"));
            if (language == Language.nb) {
                assertThat(pdf).contains("Forholdet til Grunnavtalen")
                        .contains("Avtalen gir seg ikke selv forrang fremfor noen del av Grunnavtalen.")
                        .contains("Endring av Grunnavtalens bestemmelser om mekling")
                        .contains("Endring av Grunnavtalens punkt 8 (Tjenestenivå)")
                        .contains("Mislighold av Avtalen");
            } else {
                assertThat(pdf).contains("Relationship to the Base Agreement")
                        .contains("The Agreement does not give itself precedence over any part of the Base Agreement.")
                        .contains("Amendment to the Base Agreement's provisions on mediation")
                        .contains("Amendment to the Base Agreement's clause 8 (Tjenestenivå)")
                        .contains("Breach of the Agreement");
            }
        }
    }
}

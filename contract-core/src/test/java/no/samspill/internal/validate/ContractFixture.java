package no.samspill.internal.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import no.samspill.model.Amendment;
import no.samspill.model.BaseAgreementRef;
import no.samspill.model.Contract;
import no.samspill.model.ContractDetails;
import no.samspill.model.DisputeResolution;
import no.samspill.model.EarlyWarning;
import no.samspill.model.EscalationStep;
import no.samspill.model.Exit;
import no.samspill.model.Expectations;
import no.samspill.model.Forum;
import no.samspill.model.ForumLevel;
import no.samspill.model.ForumMember;
import no.samspill.model.Frequency;
import no.samspill.model.Governance;
import no.samspill.model.HealthCheck;
import no.samspill.model.HealthCheckMethod;
import no.samspill.model.Incentive;
import no.samspill.model.IncentiveType;
import no.samspill.model.Language;
import no.samspill.model.Measure;
import no.samspill.model.MeasureValue;
import no.samspill.model.Objective;
import no.samspill.model.Parties;
import no.samspill.model.Party;
import no.samspill.model.PartyRole;
import no.samspill.model.Person;
import no.samspill.model.PrincipleEntry;
import no.samspill.model.Procurement;
import no.samspill.model.ProcurementRegulation;
import no.samspill.model.RelationshipManagers;
import no.samspill.model.Responsible;
import no.samspill.model.Review;
import no.samspill.model.Risk;
import no.samspill.model.Status;
import no.samspill.model.Term;
import no.samspill.model.Venue;

/**
 * A complete, valid contract like the format's example, and {@code with...} tweaks that each
 * replace one part of it. Test code only: the fixture is a mutable builder of immutable records.
 */
final class ContractFixture {

    static final LocalDate START = LocalDate.of(2027, 1, 1);

    private Integer samspill = 1;
    private String title = "Samarbeidsavtale om ny journalløsning";
    private String reference = "HNV-2026-017";
    private BaseAgreementRef baseAgreement = new BaseAgreementRef("SSA-L", "2018", "Avtale 2026/0412", 7, null, true);
    private Procurement procurement = new Procurement("Anskaffelse av journalløsning", "2026/1234",
            ProcurementRegulation.general);
    private String dataProcessingAgreement = "Databehandleravtale 2026/0413";
    private Term term = new Term(START, Period.ofYears(5), null, List.of(Period.ofYears(2), Period.ofYears(1)), 6);
    private Party customer = party("Helse Nordvest RHF", "983 658 725");
    private Party supplier = new Party("Journalsystemer AS", "923 456 783", "Storgata 1, 0155 Oslo",
            new Person("Nils Berg", "daglig leder", null, null), null);
    private String background = "Partene har gjennom anskaffelsen erfart at **samarbeid** lønner seg.\n";
    private String vision = "Sammen skal vi gi helsepersonell i regionen et *godt* journalverktøy.\n";
    private List<Objective> objectives = List.of(objective("faster-documentation",
            measure("documentation-time", LocalDate.of(2028, 12, 31))));
    private List<PrincipleEntry> principles = List.of(
            PrincipleEntry.standard("reciprocity"),
            PrincipleEntry.standard("honesty"),
            new PrincipleEntry("loyalty", "Leverandøren varsler Kunden straks.\n", null, null),
            new PrincipleEntry("patient-safety", null, "Pasientsikkerhet først",
                    "Ingen endring settes i drift før:\n\n- den er testet\n- den er godkjent\n"));
    private List<Forum> forums = List.of(
            forum("steering", member(PartyRole.customer, "fagdirektør"),
                    member(PartyRole.supplier, "administrerende direktør")),
            forum("relationship", member(PartyRole.customer, "relasjonsansvarlig"),
                    member(PartyRole.supplier, "relasjonsansvarlig")));
    private List<EscalationStep> escalation = List.of(
            new EscalationStep("relationship", 10), new EscalationStep("steering", 15));
    private List<Risk> risks = List.of(new Risk("integration-delay",
            "Integrasjon mot kjernejournal blir forsinket", Responsible.joint, "Felles testmiljø fra første sprint"));
    private List<Incentive> incentives = List.of(new Incentive("documentation-time", IncentiveType.bonus,
            "Når målet nås før fristen, betaler Kunden en bonus. Se <https://example.no/bonus>.\n"));
    private List<Amendment> amendments = List.of(new Amendment("11.3", "Tvisteløsning",
            "Før sak bringes inn for domstolene, skal partene forsøke mekling.\n"));

    private ContractFixture() {}

    static ContractFixture validContract() {
        return new ContractFixture();
    }

    Contract build() {
        ContractDetails details = new ContractDetails(title, reference, Language.nb, null, null, Status.draft,
                LocalDate.of(2026, 12, 1), baseAgreement, term, procurement, dataProcessingAgreement);
        Governance governance = new Governance(forums,
                new RelationshipManagers(new Person("Ola Hansen", "relasjonsansvarlig", null, null),
                        new Person("Eva Lie", "kundeansvarlig", null, null)),
                new HealthCheck(Frequency.semiannual, HealthCheckMethod.survey),
                escalation,
                new DisputeResolution(true, Venue.courts, "Oslo tingrett"),
                new EarlyWarning(10),
                new Review(Frequency.annual),
                new Exit(12, 6));
        Expectations expectations = new Expectations(
                List.of("Stille klinikere til rådighet for brukertesting hver måned."),
                List.of("Dele produktplanen for de neste 18 månedene hvert halvår."));
        return new Contract(samspill, details, new Parties(customer, supplier), background, vision, objectives,
                principles, expectations, governance, risks, incentives, amendments);
    }

    ContractFixture withSamspill(Integer value) {
        samspill = value;
        return this;
    }

    ContractFixture withTitle(String value) {
        title = value;
        return this;
    }

    ContractFixture withReference(String value) {
        reference = value;
        return this;
    }

    ContractFixture withBaseAgreement(String code, String version) {
        baseAgreement = new BaseAgreementRef(code, version, null, null, null, null);
        return this;
    }

    ContractFixture withProcurement(Procurement value) {
        procurement = value;
        return this;
    }

    ContractFixture withDataProcessingAgreement(String value) {
        dataProcessingAgreement = value;
        return this;
    }

    ContractFixture withTerm(Term value) {
        term = value;
        return this;
    }

    ContractFixture withCustomer(Party value) {
        customer = value;
        return this;
    }

    ContractFixture withSupplier(Party value) {
        supplier = value;
        return this;
    }

    ContractFixture withBackground(String value) {
        background = value;
        return this;
    }

    ContractFixture withVision(String value) {
        vision = value;
        return this;
    }

    ContractFixture withObjectives(Objective... values) {
        objectives = Arrays.asList(values);
        return this;
    }

    ContractFixture withPrinciples(PrincipleEntry... values) {
        principles = Arrays.asList(values);
        return this;
    }

    ContractFixture withForums(Forum... values) {
        forums = Arrays.asList(values);
        return this;
    }

    ContractFixture withEscalation(EscalationStep... values) {
        escalation = Arrays.asList(values);
        return this;
    }

    ContractFixture withRisks(Risk... values) {
        risks = Arrays.asList(values);
        return this;
    }

    ContractFixture withIncentives(Incentive... values) {
        incentives = Arrays.asList(values);
        return this;
    }

    ContractFixture withAmendments(Amendment... values) {
        amendments = Arrays.asList(values);
        return this;
    }

    static Party party(String name, String orgNumber) {
        return new Party(name, orgNumber, "Postboks 1000, 5020 Bergen",
                new Person("Kari Nordmann", "administrerende direktør", null, null),
                new Person("Ola Hansen", null, "ola.hansen@example.no", "+47 55 00 00 00"));
    }

    static Objective objective(String id, Measure... measures) {
        return new Objective(id, "Mindre tid til dokumentasjon", "Klinikerne skal bruke mindre tid.\n",
                Arrays.asList(measures));
    }

    static Objective objectiveWithDescription(String id, String description) {
        return new Objective(id, "Mindre tid til dokumentasjon", description, List.of());
    }

    static Measure measure(String id, LocalDate deadline) {
        return new Measure(id, "Dokumentasjonstid per konsultasjon", "minutter",
                MeasureValue.of(BigDecimal.valueOf(12)), MeasureValue.of(BigDecimal.valueOf(8)), deadline,
                "Tidsstudie", Frequency.quarterly, Responsible.joint);
    }

    static Forum forum(String id, ForumMember... members) {
        return new Forum(id, "Styringsgruppe", "styringsgruppen", ForumLevel.strategic, Frequency.quarterly,
                Arrays.asList(members), List.of("Følge opp felles mål"), null);
    }

    static ForumMember member(PartyRole party, String role) {
        return new ForumMember(party, role);
    }

    static Forum steering() {
        return forum("steering", member(PartyRole.customer, "fagdirektør"),
                member(PartyRole.supplier, "administrerende direktør"));
    }
}

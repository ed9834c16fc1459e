# yaml-language-server: $schema=samspill.schema.json
#
# Beskrivelse av en relasjonsavtale for samspill. Fyll ut, sjekk og lag dokumentet:
#   samspill validate ${fileName}
#   samspill generate ${fileName}
# Alle felt er beskrevet i docs/format.md. Linjer som begynner med # er kommentarer;
# fjern # foran et valgfritt felt for å ta det med.
samspill: 1

contract:
  title: Samarbeidsavtale på grunnlag av ${base.code}   # avtalens tittel, én linje
  # Hver tekst kan også gis på begge språk, for en engelsk eller en parallell utgave:
  # title:
  #   nb: Samarbeidsavtale på grunnlag av ${base.code}
  #   en: Collaboration Agreement based on ${base.code}
  reference: SAK-2027-001               # saksnummer: bokstaver, sifre, . _ / -
  language: nb                          # nb | en: avtalens språk, og språket for tekster gitt uten språk
  # prevailingLanguage: nb              # teksten som går foran ved motstrid mellom norsk og engelsk
  # parallel: true                      # norsk og engelsk side om side i ett dokument (krever begge språk)
  status: draft                         # draft (merkes UTKAST på hver side) | final
  # date: 2027-01-15                    # avtalens dato
  baseAgreement:
    code: ${base.code}                  # grunnavtalen; se `samspill bases`
    version: "${base.version}"
    # reference: Avtale 2027/0001       # referansen til den signerte grunnavtalen
    # changesAppendix: 8                # bilagsnummeret for endringer i den generelle avtaleteksten
    # administrativeAppendix: 6         # bilagsnummeret for administrative bestemmelser
    # principlesAmendment: true         # endringsbilaget sier at avtalens prinsipper gjelder ved tolkning av grunnavtalen
  term:
    start: 2027-01-01
    duration: P4Y                       # ISO-8601: P4Y = fire år; eller `end: 2030-12-31` (ikke begge)
    # extensions: [P1Y, P1Y]            # opsjoner på forlengelse, i rekkefølge
    # extensionNoticeMonths: 3          # varsel i måneder før utløp for å bruke en opsjon (3 om utelatt); krever extensions
  # procurement:                        # anskaffelsen avtalen er resultatet av
  #   name: Anskaffelse av digitale tjenester
  #   reference: 2026/1234              # saks- eller kunngjøringsnummer
  #   regulation: general               # general (anskaffelsesforskriften) | utilities (forsyningsforskriften) | none
  # dataProcessingAgreement: Databehandleravtale 2027/0001   # der Leverandøren behandler personopplysninger for Kunden

parties:
  customer:                             # Kunden
    name: Eksempel kommune
    orgNumber: "964 965 226"            # organisasjonsnummer, kontrolleres (mod 11)
    # address: Rådhusgata 1, 0001 Oslo
    signatory: { name: Kari Nordmann, title: kommunedirektør }
    # contact: { name: Ola Nordmann, email: ola.nordmann@example.no, phone: "+47 22 00 00 00" }
  supplier:                             # Leverandøren
    name: Eksempel Leverandør AS
    orgNumber: "923 456 783"
    # address: Storgata 1, 0155 Oslo
    signatory: { name: Nils Berg, title: daglig leder }

# Bakgrunn: hvorfor Partene inngår samarbeidet. Avsnitt, *kursiv*, **fet** og punktlister er lov.
background: |
  Kunden har gjennom anskaffelsen valgt Leverandøren som samarbeidspartner for et
  langsiktig samarbeid der behovene vil endre seg underveis.

vision: |
  Sammen skal vi gi innbyggerne bedre digitale tjenester, år for år.

objectives:
  - id: better-services                 # id: små bokstaver, sifre og bindestrek
    title: Bedre digitale tjenester
    description: |
      Flere henvendelser skal kunne løses digitalt uten manuell behandling.
    measures:
      - id: digital-share
        name: Andel saker løst digitalt
        unit: prosent
        baseline: 40
        target: 70
        deadline: 2029-12-31
        method: Uttrekk fra saksbehandlingssystemet
        frequency: quarterly            # weekly | biweekly | monthly | quarterly | semiannual | annual
        responsible: joint              # customer | supplier | joint

<#if base.code == "SSA-B">
# Under SSA-B styrer Kunden konsulentenes arbeid; autonomy sier derfor hvordan prinsippet gjelder her.
principles:
  - reciprocity
  - id: autonomy
    application: |
      Kunden styrer og prioriterer arbeidet etter Grunnavtalen. Leverandøren sier fra når et
      pålegg etter Leverandørens faglige vurdering ikke er egnet til å nå målene.
  - honesty
  - loyalty
  - equity
  - integrity

</#if>
# Utelat `principles` for å få alle seks standardprinsipper: reciprocity, autonomy, honesty,
# loyalty, equity, integrity. Et prinsipp kan få en `application` om hvordan det gjelder her,
# og Partene kan legge til egne prinsipper med id, title og description.
# principles:
#   - reciprocity
#   - id: honesty
#     application: |
#       Leverandøren varsler Kunden straks om forhold som kan påvirke leveransen.
#   - id: user-first
#     title: Brukeren først
#     description: |
#       Ingen endring settes i drift uten at den er prøvd ut med brukere.

expectations:
  customer:
    - Stille fagpersoner til rådighet for testing hver måned.
  supplier:
    - Dele produktplanen for de neste tolv månedene hvert halvår.

governance:
  forums:
    - id: steering
      name: Styringsgruppe
      shortName: styringsgruppen        # navnet i løpende tekst, i bestemt form
      level: strategic                  # strategic | tactical | operational
      frequency: quarterly
      members:                          # minst ett medlem fra hver part
        - { party: customer, role: kommunalsjef }
        - { party: supplier, role: daglig leder }
      responsibilities:
        - Følge opp felles mål og måleindikatorer
      # decisionRule: consensus         # consensus | majority
    - id: cooperation
      name: Samarbeidsforum
      shortName: samarbeidsforumet
      level: tactical
      frequency: monthly
      members:
        - { party: customer, role: relasjonsansvarlig }
        - { party: supplier, role: kundeansvarlig }
      responsibilities:
        - Følge opp måleindikatorene, risikoregisteret og varslene
  relationshipManagers:
    customer: { name: Ola Nordmann, title: relasjonsansvarlig }
    supplier: { name: Eva Lie, title: kundeansvarlig }
  healthCheck:
    frequency: semiannual
    method: workshop                    # survey | workshop; en spørreundersøkelse trenger minst fem svar per part og nivå
  escalation:                           # trinnene i rekkefølge: forum-id og antall dager
    - { forum: cooperation, days: 10 }
    - { forum: steering, days: 15 }
  disputeResolution:
    mediation: true
    venue: courts                       # courts | arbitration
    place: Oslo tingrett
  # earlyWarning:
  #   meetingWithinDays: 10             # felles møte innen så mange dager etter et varsel
  review:
    frequency: annual
  exit:
    noticeMonths: 12
    transitionPlanMonths: 6

# Felles risikoregister ved signering (valgfritt):
# risks:
#   - id: key-staff
#     description: Nøkkelpersoner slutter i prosjektet
#     owner: joint                      # customer | supplier | joint
#     mitigation: Dokumentasjon og parvis arbeid

# Insentiver knyttet til en måleindikator (valgfritt):
# incentives:
#   - measure: digital-share
#     type: bonus                       # bonus | malus | gainshare
#     description: |
#       Når målet nås før fristen, betaler Kunden en bonus etter bilag 7.

# Endringer i grunnavtalens generelle tekst (valgfritt), med punktnummer:
# amendments:
#   - clause: "11.3"
#     title: Mekling
#     change: |
#       Før sak bringes inn for domstolene, skal Partene forsøke mekling.

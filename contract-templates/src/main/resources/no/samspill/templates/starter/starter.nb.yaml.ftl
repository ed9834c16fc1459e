<#-- severalParties: the form with several customers and several suppliers (init --parties). -->
<#assign kunden = severalParties?then("Kundene", "Kunden")>
<#assign leverandoren = severalParties?then("Leverandørene", "Leverandøren")>
<#-- Commented out where the two-party starter leaves the section out, shown where the other needs it. -->
<#assign off = severalParties?then("", "# ")>
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
  # dataProcessingAgreement: Databehandleravtale 2027/0001   # der ${leverandoren} behandler personopplysninger for ${kunden}

parties:
<#if severalParties>
  # Flere kunder og flere leverandører: hver side lister opp sine parter, hver med en id som
  # forumene, målene og risikoene viser til. Med flere parter på en side heter siden Kundene
  # eller Leverandørene.
  customers:                            # Kundene: her en felles anskaffelse
    - id: helse-nordvest                # id: små bokstaver, sifre og bindestrek, unik blant alle partene
      name: Helse Nordvest RHF
      shortName: Helse Nordvest         # partens navn i løpende tekst; uten shortName brukes name
      orgNumber: "993 870 129"          # organisasjonsnummer, kontrolleres (mod 11)
      role: lead                        # lead (Hovedkunden, høyst én per side) | member (standard)
      # address: Sykehusveien 1, 6800 Fjordvik
      signatory: { name: Kari Nordmann, title: administrerende direktør }
      # contact: { name: Ola Nordmann, email: ola.nordmann@example.no, phone: "+47 22 00 00 00" }
    - id: fjordvik
      name: Fjordvik kommune
      orgNumber: "963 985 215"
      role: member
      signatory: { name: Per Hansen, title: kommunedirektør }
    - id: bjorkedal
      name: Bjørkedal kommune
      orgNumber: "940 872 316"
      signatory: { name: Anne Lund, title: kommunedirektør }
  suppliers:                            # Leverandørene: her et konsortium
    - id: nordlys
      name: Nordlys Helseteknologi AS
      shortName: Nordlys
      orgNumber: "921 347 855"
      role: lead                        # lead (Hovedleverandøren) | member | subcontractor
      signatory: { name: Nils Berg, title: daglig leder }
    - id: sensa
      name: Sensa Integrasjon AS
      shortName: Sensa
      orgNumber: "915 872 360"
      role: member                      # en deltaker i konsortiet, som signerer avtalen
      signatory: { name: Lise Moen, title: daglig leder }
    - id: driftshuset
      name: Driftshuset Vest AS
      orgNumber: "932 145 693"
      role: subcontractor               # underleverandør: ikke part, signerer ikke, men kan ha sete i forumene
  customerSide:
    # Hvordan Kundene tar stilling: lead – Hovedkunden beslutter på vegne av alle; majority – flertallet
    # av Kundene, én stemme hver uansett kostnadsandel; unanimity – alle må være enige (standard).
    decides: lead
    # Hovedkunden kan aldri alene samtykke i endringer i Avtalen eller Grunnavtalen, i kostnadsfordelingen
    # eller i at en part trer ut. Her står det Hovedkunden i tillegg ikke kan samtykke i alene:
    leadMayNotAlone:
      - bruk av en opsjon om forlengelse
      - godkjenning av nye underleverandører
    # Kundenes andeler av kostnadene ved styringen av samarbeidet og ved insentivene, i prosent per
    # kunde, til sammen 100. Fordelingen gjelder bare mellom Kundene. Utelat costShares for like andeler.
    costShares: { helse-nordvest: 50, fjordvik: 30, bjorkedal: 20 }
  supplierSide:
    decides: lead                       # som for Kundene: lead | majority | unanimity
    # Leverandørenes ansvar overfor Kundene: jointAndSeveral – de svarer solidarisk; several – hver
    # svarer for sin del, slik Grunnavtalen fordeler den; baseAgreement – som Grunnavtalen bestemmer
    # (standard). Valget innskrenker aldri det ansvaret Grunnavtalen gir overfor Kundene.
    liability: jointAndSeveral
<#else>
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
</#if>

# Bakgrunn: hvorfor Partene inngår samarbeidet. Avsnitt, *kursiv*, **fet** og punktlister er lov.
background: |
<#if severalParties>
  Kundene har gjennom en felles anskaffelse valgt Leverandørene som samarbeidspartnere for
  et langsiktig samarbeid der behovene vil endre seg underveis.
<#else>
  Kunden har gjennom anskaffelsen valgt Leverandøren som samarbeidspartner for et
  langsiktig samarbeid der behovene vil endre seg underveis.
</#if>

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
        responsible: joint              # customer | supplier | joint<#if severalParties> | en parts id</#if>
<#if severalParties>
      - id: integration
        name: Integrasjon med kommunenes fagsystemer
        target: I drift i begge kommunene
        deadline: 2027-12-31
        method: Skriftlig bekreftelse fra hver kommune
        responsible: sensa              # en parts id: her har Sensa ansvaret for målet
</#if>

<#if base.code == "SSA-B">
# Under SSA-B styrer ${kunden} konsulentenes arbeid; autonomy sier derfor hvordan prinsippet gjelder her.
principles:
  - reciprocity
  - id: autonomy
    application: |
      ${kunden} styrer og prioriterer arbeidet etter Grunnavtalen. ${leverandoren} sier fra når et
      pålegg etter ${leverandoren}s faglige vurdering ikke er egnet til å nå målene.
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
#       ${leverandoren} varsler ${kunden} straks om forhold som kan påvirke leveransen.
#   - id: user-first
#     title: Brukeren først
#     description: |
#       Ingen endring settes i drift uten at den er prøvd ut med brukere.

expectations:
  customer:
    - Stille fagpersoner til rådighet for testing hver måned.
  supplier:
    - Dele produktplanen for de neste tolv månedene hvert halvår.
<#if severalParties>
  # customer og supplier: det siden som helhet forplikter seg til. parties: det én part forplikter seg
  # til alene, under partens id.
  parties:
    fjordvik:
      - Prøve ut nye tjenester i ett hjemmetjenestedistrikt før de tas i bruk i begge kommunene.
    sensa:
      - Holde integrasjonene oppdatert når kommunenes fagsystemer får nye versjoner.
</#if>

governance:
  forums:
    - id: steering
      name: Styringsgruppe
      shortName: styringsgruppen        # navnet i løpende tekst, i bestemt form
      level: strategic                  # strategic | tactical | operational
      frequency: quarterly
<#if severalParties>
      # Et medlem er en side (customer | supplier) eller en parts id. Hver part som signerer, må ha
      # sete med sin id i minst ett forum. Hver side har én stemme, uansett hvor mange medlemmer den har.
      members:
        - { party: helse-nordvest, role: fagdirektør }
        - { party: fjordvik, role: kommunalsjef }
        - { party: bjorkedal, role: kommunalsjef }
        - { party: nordlys, role: daglig leder }
        - { party: sensa, role: daglig leder }
<#else>
      members:                          # minst ett medlem fra hver part
        - { party: customer, role: kommunalsjef }
        - { party: supplier, role: daglig leder }
</#if>
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
<#if severalParties>
        - { party: nordlys, role: kundeansvarlig }
        - { party: sensa, role: integrasjonsansvarlig }
        - { party: driftshuset, role: driftsleder }   # underleverandøren har sete, men opptrer for Leverandørene
<#else>
        - { party: supplier, role: kundeansvarlig }
</#if>
      responsibilities:
        - Følge opp måleindikatorene, risikoregisteret og varslene
  relationshipManagers:
    customer: { name: Ola Nordmann, title: relasjonsansvarlig }
    supplier: { name: Eva Lie, title: kundeansvarlig }
<#if severalParties>
    parties:                            # valgfritt: en parts egen relasjonsansvarlige innenfor siden
      fjordvik: { name: Ingrid Dahl, title: tjenesteleder }
      sensa: { name: Jonas Strand, title: leveranseleder }
</#if>
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
${off}risks:
${off}  - id: key-staff
${off}    description: Nøkkelpersoner slutter i prosjektet
<#if severalParties>
    owner: nordlys                      # customer | supplier | joint | en parts id: her Hovedleverandøren
<#else>
#     owner: joint                      # customer | supplier | joint
</#if>
${off}    mitigation: Dokumentasjon og parvis arbeid

# Insentiver knyttet til en måleindikator (valgfritt):
# incentives:
#   - measure: digital-share
#     type: bonus                       # bonus | malus | gainshare
#     description: |
#       Når målet nås før fristen, betaler ${kunden} en bonus etter bilag 7.

# Endringer i grunnavtalens generelle tekst (valgfritt), med punktnummer:
# amendments:
#   - clause: "11.3"
#     title: Mekling
#     change: |
#       Før sak bringes inn for domstolene, skal Partene forsøke mekling.

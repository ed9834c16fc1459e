<#-- severalParties: the form with several customers and several suppliers (init --parties). -->
<#assign customer = severalParties?then("the Customers", "the Customer")>
<#-- Commented out where the two-party starter leaves the section out, shown where the other needs it. -->
<#assign off = severalParties?then("", "# ")>
# yaml-language-server: $schema=samspill.schema.json
#
# A samspill description of a relational contract. Fill it in, check it and generate:
#   samspill validate ${fileName}
#   samspill generate ${fileName}
# docs/format.md describes every field. Lines starting with # are comments; remove the #
# in front of an optional field to use it.
samspill: 1

contract:
  title: Collaboration agreement based on ${base.code}   # the title, one line
  # Every text may also be given in both languages, for a Norwegian or a parallel edition:
  # title:
  #   nb: Samarbeidsavtale på grunnlag av ${base.code}
  #   en: Collaboration Agreement based on ${base.code}
  reference: CASE-2027-001              # case number: letters, digits, . _ / -
  language: en                          # nb | en: the contract's language, and that of texts given without one
  # prevailingLanguage: nb              # the text that prevails where Norwegian and English differ
  # parallel: true                      # Norwegian and English side by side in one document (needs both)
  status: draft                         # draft (marked DRAFT on every page) | final
  # date: 2027-01-15                    # the date of the contract
  baseAgreement:
    code: ${base.code}                  # the base agreement; see `samspill bases`
    version: "${base.version}"
    # reference: Agreement 2027/0001    # the reference of the signed base agreement
    # changesAppendix: 8                # the appendix number for changes to the general text
    # administrativeAppendix: 6         # the appendix number for administrative provisions
    # principlesAmendment: true         # the changes appendix says the principles govern the base agreement's interpretation
  term:
    start: 2027-01-01
    duration: P4Y                       # ISO-8601: P4Y = four years; or `end: 2030-12-31` (not both)
    # extensions: [P1Y, P1Y]            # options to extend, in order
    # extensionNoticeMonths: 3          # notice in months before expiry to use an option (3 if left out); needs extensions
  # procurement:                        # the procurement the contract came out of
  #   name: Procurement of digital services
  #   reference: 2026/1234              # case or notice number
  #   regulation: general               # general (anskaffelsesforskriften) | utilities (forsyningsforskriften) | none
  # dataProcessingAgreement: Data Processing Agreement 2027/0001   # where <#if severalParties>the Suppliers process<#else>the Supplier processes</#if> personal data for ${customer}

parties:
<#if severalParties>
  # Several customers and several suppliers: each side lists its parties, each with an id that the
  # forums, measures and risks refer to. A side of several parties is called the Customers or the
  # Suppliers.
  customers:                            # the Customers: here a joint procurement
    - id: helse-nordvest                # id: lower-case letters, digits and hyphens, unique among all parties
      name: Helse Nordvest RHF
      shortName: Helse Nordvest         # the party's name in running text; without shortName, name is used
      orgNumber: "993 870 129"          # Norwegian organisation number, checked (mod 11)
      role: lead                        # lead (the Lead Customer, one a side at most) | member (the default)
      # address: Sykehusveien 1, 6800 Fjordvik
      signatory: { name: Kari Nordmann, title: Chief Executive }
      # contact: { name: Ola Nordmann, email: ola.nordmann@example.no, phone: "+47 22 00 00 00" }
    - id: fjordvik
      name: Fjordvik kommune
      orgNumber: "963 985 215"
      role: member
      signatory: { name: Per Hansen, title: Chief Municipal Executive }
    - id: bjorkedal
      name: Bjørkedal kommune
      orgNumber: "940 872 316"
      signatory: { name: Anne Lund, title: Chief Municipal Executive }
  suppliers:                            # the Suppliers: here a consortium
    - id: nordlys
      name: Nordlys Helseteknologi AS
      shortName: Nordlys
      orgNumber: "921 347 855"
      role: lead                        # lead (the Lead Supplier) | member | subcontractor
      signatory: { name: Nils Berg, title: Managing Director }
    - id: sensa
      name: Sensa Integrasjon AS
      shortName: Sensa
      orgNumber: "915 872 360"
      role: member                      # a partner in the consortium, who signs the agreement
      signatory: { name: Lise Moen, title: Managing Director }
    - id: driftshuset
      name: Driftshuset Vest AS
      orgNumber: "932 145 693"
      role: subcontractor               # not a party and does not sign, but may sit in the forums
  customerSide:
    # How the Customers decide: lead – the Lead Customer decides for them all; majority – a majority of
    # the Customers, one vote each, whatever their cost shares; unanimity – all must agree (the default).
    decides: lead
    # The Lead Customer may never agree alone to changes to the Agreement or the Base Agreement, to the
    # sharing of costs or to a party leaving. Listed here is what else it may not agree to alone:
    leadMayNotAlone:
      - using an option to extend
      - approving new subcontractors
    # The Customers' shares of the costs of governing the collaboration and of the incentives, in per
    # cent by customer, together 100. The sharing applies between the Customers only. Leave out
    # costShares for equal shares.
    costShares: { helse-nordvest: 50, fjordvik: 30, bjorkedal: 20 }
  supplierSide:
    decides: lead                       # as for the Customers: lead | majority | unanimity
    # Liability to the Customers: jointAndSeveral – the Suppliers are jointly and severally liable;
    # several – each is liable for its own part, as the Base Agreement allocates it; baseAgreement – as
    # the Base Agreement provides (the default). No choice narrows the liability the Base Agreement
    # gives the Customers.
    liability: jointAndSeveral
<#else>
  customer:                             # the Customer
    name: Example Municipality
    orgNumber: "964 965 226"            # Norwegian organisation number, checked (mod 11)
    # address: Town Hall Street 1, 0001 Oslo
    signatory: { name: Kari Nordmann, title: Chief Executive }
    # contact: { name: Ola Nordmann, email: ola.nordmann@example.no, phone: "+47 22 00 00 00" }
  supplier:                             # the Supplier
    name: Example Supplier AS
    orgNumber: "923 456 783"
    # address: Storgata 1, 0155 Oslo
    signatory: { name: Nils Berg, title: Managing Director }
</#if>

# Background: why the Parties enter into the collaboration. Paragraphs, *italics*, **bold**
# and bullet lists are allowed.
background: |
<#if severalParties>
  Through a joint procurement the Customers chose the Suppliers as their partners for a
  long-term collaboration in which the needs will change along the way.
<#else>
  Through the procurement the Customer chose the Supplier as its partner for a long-term
  collaboration in which the needs will change along the way.
</#if>

vision: |
  Together we will give residents better digital services, year by year.

objectives:
  - id: better-services                 # id: lower-case letters, digits and hyphens
    title: Better digital services
    description: |
      More enquiries shall be resolved digitally without manual handling.
    measures:
      - id: digital-share
        name: Share of cases resolved digitally
        unit: per cent
        baseline: 40
        target: 70
        deadline: 2029-12-31
        method: Extract from the case management system
        frequency: quarterly            # weekly | biweekly | monthly | quarterly | semiannual | annual
        responsible: joint              # customer | supplier | joint<#if severalParties> | a party's id</#if>
<#if severalParties>
      - id: integration
        name: Integration with the municipalities' case systems
        target: In production in both municipalities
        deadline: 2027-12-31
        method: Written confirmation from each municipality
        responsible: sensa              # a party's id: here Sensa is responsible for the measure
</#if>

<#if base.code == "SSA-B">
# Under SSA-B ${customer} <#if severalParties>direct<#else>directs</#if> the consultants' work; autonomy therefore says how it applies here.
principles:
  - reciprocity
  - id: autonomy
    application: |
<#if severalParties>
      The Customers direct and prioritise the work under the Base Agreement. The Suppliers say
      so when, in their professional judgement, an instruction is not suited to reaching the objectives.
<#else>
      The Customer directs and prioritises the work under the Base Agreement. The Supplier says
      so when, in its professional judgement, an instruction is not suited to reaching the objectives.
</#if>
  - honesty
  - loyalty
  - equity
  - integrity

</#if>
# Leave out `principles` to get all six standard principles: reciprocity, autonomy, honesty,
# loyalty, equity, integrity. A principle may have an `application` saying how it applies
# here, and the Parties may add principles of their own with id, title and description.
# principles:
#   - reciprocity
#   - id: honesty
#     application: |
#       <#if severalParties>The Suppliers warn<#else>The Supplier warns</#if> ${customer} at once of anything that may affect the delivery.
#   - id: user-first
#     title: Users first
#     description: |
#       No change goes into production before it has been tried out with users.

expectations:
  customer:
    - Make subject-matter experts available for testing every month.
  supplier:
    - Share the product roadmap for the next twelve months every six months.
<#if severalParties>
  # customer and supplier: what the whole side commits to. parties: what one party commits to on
  # its own, under its id.
  parties:
    fjordvik:
      - Try out new services in one home care district before both municipalities take them up.
    sensa:
      - Keep the integrations up to date when the municipalities' case systems get new versions.
</#if>

governance:
  forums:
    - id: steering
      name: Steering Committee
      shortName: the Steering Committee   # the name in running text, with its article
      level: strategic                  # strategic | tactical | operational
      frequency: quarterly
<#if severalParties>
      # A member is a side (customer | supplier) or a party's id. Every party that signs must have a
      # seat under its id in at least one forum. Each side has one vote, however many members it has.
      members:
        - { party: helse-nordvest, role: Medical Director }
        - { party: fjordvik, role: Director of Services }
        - { party: bjorkedal, role: Director of Services }
        - { party: nordlys, role: Managing Director }
        - { party: sensa, role: Managing Director }
<#else>
      members:                          # at least one member from each party
        - { party: customer, role: Director of Services }
        - { party: supplier, role: Managing Director }
</#if>
      responsibilities:
        - Follow up the shared objectives and measures
      # decisionRule: consensus         # consensus | majority
    - id: cooperation
      name: Cooperation Forum
      shortName: the Cooperation Forum
      level: tactical
      frequency: monthly
      members:
        - { party: customer, role: Relationship Manager }
<#if severalParties>
        - { party: nordlys, role: Account Manager }
        - { party: sensa, role: Integration Lead }
        - { party: driftshuset, role: Operations Manager }   # the subcontractor has a seat, but acts for the Suppliers
<#else>
        - { party: supplier, role: Account Manager }
</#if>
      responsibilities:
        - Follow up the measures, the risk register and the warnings
  relationshipManagers:
    customer: { name: Ola Nordmann, title: Relationship Manager }
    supplier: { name: Eva Lie, title: Account Manager }
<#if severalParties>
    parties:                            # optional: a party's own relationship manager within its side
      fjordvik: { name: Ingrid Dahl, title: Head of Services }
      sensa: { name: Jonas Strand, title: Delivery Manager }
</#if>
  healthCheck:
    frequency: semiannual
    method: workshop                    # survey | workshop; a survey needs five answers per party and level
  escalation:                           # the steps in order: forum id and number of days
    - { forum: cooperation, days: 10 }
    - { forum: steering, days: 15 }
  disputeResolution:
    mediation: true
    venue: courts                       # courts | arbitration
    place: Oslo District Court
  # earlyWarning:
  #   meetingWithinDays: 10             # a joint meeting within this many days of a warning
  review:
    frequency: annual
  exit:
    noticeMonths: 12
    transitionPlanMonths: 6

# The joint risk register at signing (optional):
${off}risks:
${off}  - id: key-staff
${off}    description: Key people leave the project
<#if severalParties>
    owner: nordlys                      # customer | supplier | joint | a party's id: here the Lead Supplier
<#else>
#     owner: joint                      # customer | supplier | joint
</#if>
${off}    mitigation: Documentation and pair work

# Incentives tied to a measure (optional):
# incentives:
#   - measure: digital-share
#     type: bonus                       # bonus | malus | gainshare
#     description: |
#       When the target is met before the deadline, ${customer} <#if severalParties>pay<#else>pays</#if> a bonus under appendix 7.

# Changes to the base agreement's general text (optional), by clause number:
# amendments:
#   - clause: "11.3"
#     title: Mediation
#     change: |
#       Before a case is brought before the courts, the Parties shall attempt mediation.

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
  # dataProcessingAgreement: Data Processing Agreement 2027/0001   # where the Supplier processes personal data for the Customer

parties:
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

# Background: why the Parties enter into the collaboration. Paragraphs, *italics*, **bold**
# and bullet lists are allowed.
background: |
  Through the procurement the Customer chose the Supplier as its partner for a long-term
  collaboration in which the needs will change along the way.

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
        responsible: joint              # customer | supplier | joint

<#if base.code == "SSA-B">
# Under SSA-B the Customer directs the consultants' work; autonomy therefore says how it applies here.
principles:
  - reciprocity
  - id: autonomy
    application: |
      The Customer directs and prioritises the work under the Base Agreement. The Supplier says
      so when, in its professional judgement, an instruction is not suited to reaching the objectives.
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
#       The Supplier warns the Customer at once of anything that may affect the delivery.
#   - id: user-first
#     title: Users first
#     description: |
#       No change goes into production before it has been tried out with users.

expectations:
  customer:
    - Make subject-matter experts available for testing every month.
  supplier:
    - Share the product roadmap for the next twelve months every six months.

governance:
  forums:
    - id: steering
      name: Steering Committee
      shortName: the Steering Committee   # the name in running text, with its article
      level: strategic                  # strategic | tactical | operational
      frequency: quarterly
      members:                          # at least one member from each party
        - { party: customer, role: Director of Services }
        - { party: supplier, role: Managing Director }
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
        - { party: supplier, role: Account Manager }
      responsibilities:
        - Follow up the measures, the risk register and the warnings
  relationshipManagers:
    customer: { name: Ola Nordmann, title: Relationship Manager }
    supplier: { name: Eva Lie, title: Account Manager }
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
# risks:
#   - id: key-staff
#     description: Key people leave the project
#     owner: joint                      # customer | supplier | joint
#     mitigation: Documentation and pair work

# Incentives tied to a measure (optional):
# incentives:
#   - measure: digital-share
#     type: bonus                       # bonus | malus | gainshare
#     description: |
#       When the target is met before the deadline, the Customer pays a bonus under appendix 7.

# Changes to the base agreement's general text (optional), by clause number:
# amendments:
#   - clause: "11.3"
#     title: Mediation
#     change: |
#       Before a case is brought before the courts, the Parties shall attempt mediation.

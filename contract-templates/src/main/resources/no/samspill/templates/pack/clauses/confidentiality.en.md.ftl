<#assign confidentialityClause = base.clause("confidentiality")!>
# General provisions

## Confidentiality, public access and personal data {#confidentiality}

### Confidentiality

Information that the {{Parties}} exchange under the {{Agreement}}, including the registers, the minutes, the reports, the answers given in the relationship health checks and information on security and vulnerabilities, is subject to the duty of confidentiality under the {{Base Agreement}}'s provisions on confidentiality<#if confidentialityClause?has_content> in clause ${confidentialityClause.number}</#if>. Any statutory duty of confidentiality applies in addition.<#if baseChanges?seq_contains("disputes") && "${governance.disputeResolution.venue}" == "arbitration"> Arbitral proceedings are also subject to the confidentiality rule in clause §[amendment-disputes].</#if>

### Public access under the Freedom of Information Act

If the {{Customer}} is subject to the Norwegian Freedom of Information Act (*offentleglova*), the {{Customer}} shall determine requests for access to documents relating to the {{Agreement}} in accordance with that Act. The {{Agreement}} does not limit the {{Customer}}'s duty to grant access, and the {{Customer}} cannot undertake to withhold information beyond what the Act permits. Information subject to a duty of confidentiality, including on business matters (section 13 of the Act, read with section 13 first paragraph no. 2 of the Public Administration Act), shall be exempted. The {{Customer}} shall in addition consider exemptions for information concerning the {{Customer}}'s negotiating position (section 23 first paragraph) and for information on security and vulnerabilities where access would facilitate the commission of criminal acts (section 24 third paragraph), and additional access under section 11. Before the {{Customer}} grants access to information that the {{Supplier}} has marked as business secrets, the {{Customer}} shall, in so far as the time limits for handling the request allow, give the {{Supplier}} an opportunity to comment.

### Measurement data and answers in the relationship health checks

Underlying data for the measures and answers given in the relationship health checks are shared between the {{Parties}} only in aggregated or anonymised form, and only in so far as duties of confidentiality and data protection law permit. Nothing in the {{Agreement}} obliges the {{Customer}} to give the {{Supplier}} information about individuals or any other information subject to a statutory duty of confidentiality.

### Personal data

The {{Agreement}} does not in itself provide a basis for processing personal data. Where the {{Supplier}} processes personal data on behalf of the {{Customer}}, the data processing agreement between the {{Parties}}<#if contract.dataProcessingAgreement??> (${contract.dataProcessingAgreement})</#if> applies, and it prevails over the {{Agreement}} in respect of the processing of personal data. Personal data about persons taking part in the collaboration, for example in minutes and registers, shall be processed only in so far as necessary for the purposes of the {{Agreement}}. Where the person or organisation carrying out the relationship health check processes personal data on behalf of a {{Party}}, that {{Party}} shall enter into a data processing agreement with it.

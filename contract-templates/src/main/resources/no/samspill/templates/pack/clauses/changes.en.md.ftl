<#assign regulation = "${(contract.procurement.regulation)!'general'}">
<#assign changesAfterSigning><#if base.changesAfterSigningAppendix??>Appendix ${base.changesAfterSigningAppendix} on changes after the conclusion of the agreement<#else>appendix for changes after the conclusion of the agreement</#if></#assign>
<#assign changesAppendix><#if base.changesAppendix??>Appendix ${base.changesAppendix} on changes to the general contractual wording<#else>appendix for changes to the general contractual wording</#if></#assign>
## Changes and continuous improvement {#changes}

### What may give rise to a change

The {{Parties}} shall consider whether the collaboration should be changed when

- needs, scope, volume, technology or regulation change materially,
- a measure moves materially away from its target over time,
- the relationship health check, the review of the {{Agreement}} under clause §[review] or a warning under clause §[early-warning] shows a need for it,
- the balance of the {{Parties}}' costs, risks and gains is materially shifted by circumstances beyond the control of either of them, or
- either of the {{Parties}} proposes an improvement.

### Change proposals

Either of the {{Parties}} may submit a written change proposal to the recipient's relationship manager. The proposal shall describe the change and the reasons for it, and its effects on the objectives and measures, on price, time and quality, on risk and on the balance between the {{Parties}}. The proposal shall be dealt with at the first meeting of ${fmt.forum(forums.reporting)} after it has been received, or at an extraordinary meeting if the matter is urgent.

### Assessment

The proposal shall be assessed against the vision in clause §[vision], the objectives in clause §[objectives] and the principles in clause §[principles]. The assessment shall be recorded in the minutes. If the balance between the {{Parties}} has shifted materially, the {{Parties}} shall, at the request of either of them, negotiate in good faith on an adjustment. Neither {{Party}} is entitled to an adjustment beyond what the {{Base Agreement}} provides for, and an adjustment may be agreed only within the limits that follow from clause §[procurement-rules].

### Decision and documentation

Changes to the {{Agreement}} shall be approved by ${fmt.forum(forums.approving)}. Changes to deliverables, remuneration or other terms under the {{Base Agreement}} are agreed under the change provisions of the {{Base Agreement}} and recorded in the {{Base Agreement}}'s ${changesAfterSigning}. Changes to the {{Base Agreement}}'s general contractual wording are entered in the {{Base Agreement}}'s ${changesAppendix}. A change is binding only when it is in writing and signed by persons authorised to bind the {{Parties}}. A change to the {{Agreement}} that affects an amendment in clause §[amendments] takes effect for the {{Base Agreement}} only when it has been entered in the {{Base Agreement}}'s ${changesAppendix}.

### Public procurement rules {#procurement-rules}

<#if regulation == "none">
The {{Customer}} has stated that ${sides.customer.several?then("they are", "it is")} not bound by the public procurement rules in concluding and changing the agreements. Changes may be agreed within the limits of the {{Base Agreement}} and mandatory law.
<#elseif regulation == "utilities">
Before a change is approved, the {{Customer}} shall assess whether it is permitted under the rules on the modification of contracts in the Norwegian Utilities Procurement Regulations (*forsyningsforskriften*), and whether it is a substantial modification under the same rules. A change that can only be made after a new competition cannot be agreed under this clause. The {{Supplier}} shall give the {{Customer}} the information the assessment requires. The assessment shall be recorded in the minutes.
<#else>
Before a change is approved, the {{Customer}} shall assess whether it is permitted under section 28-1 of the Norwegian Public Procurement Regulations (*anskaffelsesforskriften*), and whether it is a substantial modification under section 28-2. If the {{Customer}} is subject to the Norwegian Utilities Procurement Regulations (*forsyningsforskriften*), the corresponding rules there apply. A change that can only be made after a new competition cannot be agreed under this clause. The {{Supplier}} shall give the {{Customer}} the information the assessment requires. The assessment shall be recorded in the minutes.
</#if>

### Continuous improvement

Each of the {{Parties}} shall actively propose improvements to the deliverables and to the collaboration. ${fmt.forum(forums.reporting)?cap_first} shall keep a record of the proposals and of the decisions on them. <#if incentives?has_content>Gains from improvements are shared under clause §[incentives] where this has been agreed, and otherwise as agreed between the {{Parties}} in accordance with the principles.<#else>Gains from improvements are shared as agreed between the {{Parties}} in accordance with the principles.</#if>

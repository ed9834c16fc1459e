<#-- The ladder the contract sets out (Governance.ladder): the parties' own steps, or else every forum from the operational level up. -->
<#assign ladder = []>
<#list governance.ladder() as step>
<#list governance.forums as forum><#if forum.id == step.forum><#assign ladder = ladder + [{"name": forum.name, "days": step.days}]></#if></#list>
</#list>
<#assign negotiation = base.clause("negotiation")!>
<#assign changeOrders = base.clause("disputedChangeOrders")!>
## Handling disagreement {#escalation}

### The escalation ladder

Disagreement shall be raised as early as possible, and the {{Parties}} shall seek to resolve it at the lowest possible level. A matter that is not resolved in the ordinary course shall be dealt with step by step in this escalation ladder:

| ${label("table.step")} | ${label("table.forum")} | ${label("table.days")} |
|---|---|---|
<#list ladder as step>
| ${step?counter} | ${step.name} | ${step.days} |
</#list>

The time limit at each step runs from the day the matter was referred to the forum in writing. <#if ladder?size gt 1>If the matter is not resolved within the time limit, either of the {{Parties}} may refer it to the next step by written notice. </#if>If the forum has no ordinary meeting within the time limit, it shall hold an extraordinary meeting.<#if "${base.code}" == "SSA-D"> Disagreement as to whether something is a change, and disputes about a change order or about the consequences of a change, are dealt with under the {{Base Agreement}}'s special rules on these matters<#if changeOrders?has_content> in clause ${changeOrders.number}</#if> and not under the escalation ladder.</#if>

### The principles at every step

At every step the forum shall expressly consider which of the principles in clause §[principles] bear on the matter and what they require of each of the {{Parties}}. The assessment shall be recorded in the minutes. Clause §[no-admission] applies to what is stated in the forum and to the forum's assessment.

### Relationship to rights under the Base Agreement

A matter in the escalation ladder is resolved when <#if sides.customer.several || sides.supplier.several>the {{Side}}s agree under clause §[sides]<#else>the {{Parties}} agree</#if>, or when the forum has made a decision under clause §[forums]. The {{Parties}} shall continue to perform their obligations under the {{Agreement}} and the {{Base Agreement}} while the matter is being dealt with, unless a {{Party}} is entitled to withhold performance under the {{Base Agreement}}.

The escalation ladder does not limit a {{Party}}'s right to exercise rights and remedies under the {{Base Agreement}}, including requiring a change, withholding payment or performance, claiming liquidated damages, a price reduction or damages, terminating for breach or cancelling, and it does not extend any time limit under the {{Base Agreement}}. A {{Party}} may at any time give notice, give notice of a defect or claim, or take any other step needed to preserve its rights.

### Dispute resolution

The handling of a matter in the escalation ladder forms part of the {{Parties}}' negotiations under the {{Base Agreement}}'s provisions on dispute resolution<#if negotiation?has_content> (clause ${negotiation.number} ${negotiation.title})</#if>. <#if baseChanges?seq_contains("mediation") && baseChanges?seq_contains("disputes")>If the matter is not resolved at the last step, the rules on mediation in clause §[amendment-mediation] and on <#if "${governance.disputeResolution.venue}" == "arbitration">arbitration<#else>venue</#if> in clause §[amendment-disputes] apply.<#elseif baseChanges?seq_contains("mediation")>If the matter is not resolved at the last step, the rules on mediation in clause §[amendment-mediation] apply, followed by the {{Base Agreement}}'s provisions on dispute resolution.<#elseif baseChanges?seq_contains("disputes")>If the matter is not resolved at the last step, the {{Base Agreement}}'s provisions on dispute resolution apply with the amendment in clause §[amendment-disputes].<#else>If the matter is not resolved at the last step, the {{Base Agreement}}'s provisions on dispute resolution apply.</#if>

<#assign statements = {
  "reciprocity": ["The other party gives as much to the collaboration as it gets out of it.",
                  "My organisation steps up when the other party needs it, even beyond what is strictly agreed."],
  "autonomy":    ["The other party respects that we make decisions within our own area of responsibility.",
                  "My organisation avoids using power or dependency to push through its own solutions."],
  "honesty":     ["The other party shares bad news, risks and its own mistakes early.",
                  "My organisation gives a true picture of the status, even when it is uncomfortable."],
  "loyalty":     ["The other party acts in the best interest of the collaboration and not only in its own.",
                  "My organisation avoids exploiting ambiguities in the agreements to its own advantage."],
  "equity":      ["Costs, risks and gains are fairly shared between the Parties.",
                  "My organisation takes the initiative to adjust the allocation when circumstances change."],
  "integrity":   ["The other party does what it has said it will do.",
                  "My organisation follows the principles as closely in difficult periods as in good ones."]
}>
# Relationship health survey {.appendix #appendix-survey}

The survey is used for the health check under clause §[health-check]. <#if sides.customer.several || sides.supplier.several>It is answered by participants from both the {{Customer}} and the {{Supplier}} at every level. Each participant states which of the {{Parties}} and which level (strategic, tactical or operational) they belong to, and scores each statement on a scale from 1 (strongly disagree) to 5 (strongly agree). "The other party" is the {{Supplier}} for a participant from the {{Customer}}, and the {{Customer}} for a participant from the {{Supplier}}. The results are shown in accordance with clause §[health-check]. A participant from a subcontractor states the {{Supplier}} as their affiliation.<#else>It is answered by participants from both {{Parties}} at every level. Each participant states which of the {{Parties}} and which level (strategic, tactical or operational) they belong to, and scores each statement on a scale from 1 (strongly disagree) to 5 (strongly agree). "The other party" is the one of the {{Parties}} to which the participant does not belong.</#if>

| ${label("table.number")} | ${label("table.principle")} | ${label("table.statement")} | 1 | 2 | 3 | 4 | 5 |
|---|---|---|---|---|---|---|---|
<#assign number = 0>
<#list principles as principle>
<#if principle.standard>
<#list statements[principle.id] as statement>
<#assign number = number + 1>
| ${number} | ${label("principle.${principle.id}")} | ${statement} | | | | | |
</#list>
<#else>
<#assign number = number + 1>
| ${number} | ${principle.title} | The other party acts in accordance with the principle "${principle.title}". | | | | | |
<#assign number = number + 1>
| ${number} | ${principle.title} | My organisation acts in accordance with the principle "${principle.title}". | | | | | |
</#if>
</#list>
<#assign number = number + 1>
| ${number} | ${label("table.vision")} | The collaboration is moving towards the shared vision in clause §[vision]. | | | | | |
<#-- Cooperation within a side is asked about only where a side has several parties, and only of that side. -->
<#if sides.customer.several || sides.supplier.several>
<#assign number = number + 1>
| ${number} | ${label("table.withinSide")} | The {{Parties}} on my {{Side}} work well together and keep one another informed. | | | | | |

<#if !(sides.customer.several && sides.supplier.several)>Statement ${number} is answered only by participants from the <#if sides.customer.several>{{Customer}}<#else>{{Supplier}}</#if>. </#if>The result for statement ${number} is shown under clause §[health-check] in the same way as the results for the other statements, but is followed up by the {{Parties}} on the {{Side}} concerned among themselves; see clause §[sides].
</#if>

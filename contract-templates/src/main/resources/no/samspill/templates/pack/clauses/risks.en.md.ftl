## Joint risk register {#risk-register}

The {{Parties}} shall keep a joint register of the risks to the collaboration and to the achievement of the objectives. When the {{Agreement}} is entered into, the register consists of these risks:

| ${label("table.risk")} | ${label("table.owner")} | ${label("table.mitigation")} |
|---|---|---|
<#list risks as risk>
| ${risk.description} | ${names.of(risk.owner)} | ${risk.mitigation!"–"} |
</#list>

The owner of a risk shall follow it up and see that the mitigating actions are carried out. Where the {{Parties}} own a risk jointly, the relationship managers share this responsibility. The relationship managers shall keep the register up to date, and ${fmt.forum(forums.reporting)} shall go through it at every meeting. Risks that come to light through warnings under clause §[early-warning] shall be entered in the register. A risk is removed from the register only when <#if sides.customer.several || sides.supplier.several>the {{Side}}s agree, each {{Side}} taking its position under clause §[sides]<#else>the {{Parties}} agree</#if>.

The register does not allocate risk between the {{Parties}}. Which of them bears a risk follows from the {{Base Agreement}}. Ownership in the register means responsibility for follow-up only.

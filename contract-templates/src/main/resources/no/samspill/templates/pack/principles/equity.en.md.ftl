### Equity {#equity}

Costs, risks and gains shall be shared fairly between the {{Parties}}, in proportion to what each of them contributes and is exposed to. If circumstances change the balance, the {{Parties}} shall adjust the allocation rather than let one of them carry an unfair burden.

In practice this means that

- the {{Customer}} shall not place on the {{Supplier}} risks that the {{Supplier}} can neither control nor price,
- the {{Supplier}} shall let the {{Customer}} have a fair share of the gains from higher productivity and lower costs, and
- each of the {{Parties}} shall negotiate loyally for a new allocation when the balance shifts materially because of circumstances beyond the control of either of them.

Equity is put to use through the assessment of the balance in change proposals under clause §[changes]<#if incentives?has_content><#if risks?has_content>,<#else> and</#if> the incentives under clause §[incentives]</#if><#if risks?has_content> and the ownership of risks in the register under clause §[risk-register]</#if>.

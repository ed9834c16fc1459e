### Equity {#equity}

Costs, risks and gains shall be shared fairly between the {{Parties}}, having regard to what each of them contributes and is exposed to. If circumstances change the balance materially, the {{Parties}} shall negotiate in good faith on an adjustment with a view to neither of them carrying an unfair burden, within the limits of the {{Base Agreement}} and the public procurement rules.

In practice this means that

- the {{Customer}} shall not, through changes under clause §[changes], place on the {{Supplier}} risks that the {{Supplier}} can neither control nor price,
- the {{Supplier}} shall let the {{Customer}} have a fair share of the gains from higher productivity and lower costs, and
- each of the {{Parties}} shall, when the balance shifts materially because of circumstances beyond the control of either of them, negotiate in good faith on an adjustment under clause §[changes], without any entitlement to more than the {{Base Agreement}} provides for.

Equity is given effect through the assessment of the balance in change proposals under clause §[changes]<#if incentives?has_content><#if risks?has_content>,<#else> and</#if> the incentives under clause §[incentives]</#if><#if risks?has_content> and the ownership of risks in the register under clause §[risk-register]</#if>.

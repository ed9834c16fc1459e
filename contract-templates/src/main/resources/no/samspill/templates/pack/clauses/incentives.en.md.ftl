<#assign hasMalus = incentives?filter(i -> "${i.type}" == "malus")?has_content>
<#assign priceAppendix><#if base.priceAppendix??>Appendix ${base.priceAppendix} on prices and pricing provisions<#else>appendix on prices and pricing provisions</#if></#assign>
## Incentives {#incentives}

The incentives below are tied to the measures in clause §[objectives] and are intended to give both {{Parties}} a share in the value of reaching the objectives.
<#list incentives as incentive>
<#assign measureName = incentive.measure>
<#list objectives as objective><#list objective.measures as measure><#if measure.id == incentive.measure><#assign measureName = measure.name></#if></#list></#list>

### ${label("incentiveType.${incentive.type}")}: ${measureName}

<@text incentive.description/>
</#list>

### Common rules for the incentives

The incentives take effect through the {{Base Agreement}}'s ${priceAppendix}, where they shall be specified<#if hasMalus><#if base.serviceLevelAppendix??>, and deductions also through Appendix ${base.serviceLevelAppendix} on service levels</#if></#if>.<#if base.bonusInPriceAppendix!false> Where the same result earns a bonus both under the {{Agreement}} and under Appendix ${base.priceAppendix}, only the higher bonus is paid.</#if> The relationship to the {{Base Agreement}}'s provisions on remuneration<#if hasMalus> and remedies</#if> follows from the amendment in clause §[amendment-incentives].

The incentives are calculated on the basis of the results reported under clause §[meetings] and approved by ${fmt.forum(forums.reporting)}. Disagreement about the calculation shall be dealt with under clause §[escalation]. The incentives are invoiced and paid under the {{Base Agreement}}'s provisions on invoicing and payment.<#if hasMalus> Where the same circumstance gives grounds both for a deduction and for standardised compensation, a price reduction or liquidated damages under the {{Base Agreement}}, only the highest amount applies, unless it is expressly agreed for the deduction above that it applies in addition.</#if>

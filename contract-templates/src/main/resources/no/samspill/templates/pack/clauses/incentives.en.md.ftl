<#-- A forum name takes "the" only when written in title case, as English names of bodies are (the Partnership Board); a name in sentence case, as Norwegian names are (Samarbeidsforumet), is printed as it stands: "the Samarbeidsforumet" would double the article. -->
<#function the name><#return (name?matches("[A-ZÆØÅ]\\S*( (\\S{1,3}|[A-ZÆØÅ]\\S*))+") && !name?matches("(?i)the .*"))?then("the " + name, name)></#function>
<#assign reportForum = governance.forums[0]>
<#list governance.forums as forum><#if "${forum.level}" == "tactical"><#assign reportForum = forum><#break></#if></#list>
## Incentives {#incentives}

The incentives below are tied to the measures in clause §[objectives] and shall give both {{Parties}} a share in the value of reaching the objectives.
<#list incentives as incentive>
<#assign measureName = incentive.measure>
<#list objectives as objective><#list objective.measures as measure><#if measure.id == incentive.measure><#assign measureName = measure.name></#if></#list></#list>

### ${label("incentiveType.${incentive.type}")}: ${measureName}

<@text incentive.description/>
</#list>

### Common rules for the incentives

The incentives are calculated on the basis of the results reported under clause §[meetings] and approved by ${the(reportForum.name)}. Disagreement about the calculation shall be dealt with under clause §[escalation]. Amounts not fixed above, and the terms of payment, follow from the price and payment provisions of the {{Base Agreement}}. The incentives do not limit the {{Parties}}' rights and obligations under the {{Base Agreement}}, including standardised compensation and price reductions, unless expressly stated otherwise above.

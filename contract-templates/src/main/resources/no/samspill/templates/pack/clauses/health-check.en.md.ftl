<#-- With several parties on a side, results are shown per side and, where five have answered, per party; the sides are compared as the two parties are. -->
<#assign several = sides.customer.several || sides.supplier.several>
## Relationship health checks {#health-check}

### Frequency and method

<#if governance.healthCheck??>
The {{Parties}} shall check the health of the relationship ${fmt.frequency(governance.healthCheck.frequency)}.
<#else>
The {{Parties}} shall check the health of the relationship at least every six months.
</#if>
The check shall cover ${several?then("all the", "both")} {{Parties}} and people at every level of the collaboration, at least the members of all the forums in clause §[forums]. Each participant scores the statements in Schedule §[appendix-survey] on a scale from 1 (strongly disagree) to 5 (strongly agree).

<#if governance.healthCheck?? && "${governance.healthCheck.method}" == "workshop">
The check takes the form of a joint workshop. The participants give their scores individually before the workshop, to a person or organisation that ${several?then("all the", "both")} {{Parties}} have accepted, and the results are discussed jointly at the workshop. The workshop is led by a neutral facilitator if ${several?then("any", "either")} of the {{Parties}} so requests, and otherwise by the relationship managers.
<#else>
The check takes the form of a survey. The survey is sent out, and the answers are collected and compiled, by a person or organisation that ${several?then("all the", "both")} {{Parties}} have accepted and that gives ${several?then("no", "neither")} {{Party}} access to individual answers.
</#if>

### Confidentiality

<#if several>
Each {{Side}} shall appoint at least five participants in the check, and each of the {{Parties}} at least one. Individual answers are confidential and shall not be traceable to the person who gave them. The result for a {{Side}} is shown only when at least five persons on that {{Side}} have answered. Results for the individual {{Parties}} on a {{Side}} are shown only when each {{Party}} whose result is shown has at least five answers and the answers from the {{Parties}} on the same {{Side}} whose results are not shown together number either none or at least five. The same applies to results per level within a {{Side}} or a {{Party}}. Answers not shown separately count only towards the result for the larger group. If a {{Side}} nonetheless has fewer than five answers, only the combined result for all the {{Parties}} is shown, and clause §[health-check-action] applies to that result. The answers and the results are subject to clause §[confidentiality], and clause §[no-admission] applies to what emerges from the check.
<#else>
Each of the {{Parties}} shall appoint at least five participants in the check. Individual answers are confidential and shall not be traceable to the person who gave them. Results for a {{Party}}, or for a level within a {{Party}}, are shown only when at least five persons in the group have answered; for a level with fewer answers, the answers count only towards the result for the {{Party}} as a whole. If a {{Party}} nonetheless has fewer than five answers, only the combined result for both {{Parties}} is shown, and clause §[health-check-action] applies to that result. The answers and the results are subject to clause §[confidentiality], and clause §[no-admission] applies to what emerges from the check.
</#if>

### Results

<#if several>
The result is calculated as the average score per principle for each {{Side}} and, where its result is shown, for each of the {{Parties}}. Differences between the {{Side}}s' scores, and between {{Parties}} on the same {{Side}}, are a finding in themselves and shall be discussed. The relationship managers shall present the results at the first meeting of ${fmt.forum(forums.reporting)}<#if forums.hasSeparateStrategic()> and of ${fmt.forum(forums.strategic)}</#if> after the check.
<#else>
The result is calculated as the average score per principle for each of the {{Parties}}. Differences between the {{Parties}}' scores are a finding in themselves and shall be discussed. The relationship managers shall present the results at the first meeting of ${fmt.forum(forums.reporting)}<#if forums.hasSeparateStrategic()> and of ${fmt.forum(forums.strategic)}</#if> after the check.
</#if>

### Action plan {#health-check-action}

<#if several>
If the average score for a principle is below 3.0 for a {{Side}} or for any of the {{Parties}} whose result is shown, or the {{Side}}s' averages for the same principle differ by 1.0 or more, ${fmt.forum(forums.reporting)} shall, within 30 days after the results have been presented to it, adopt an action plan with actions, persons responsible and deadlines. The effect of the plan shall be assessed at the next check.
<#else>
If the average score for a principle is below 3.0 for either of the {{Parties}}, or the {{Parties}}' averages for the same principle differ by 1.0 or more, ${fmt.forum(forums.reporting)} shall, within 30 days after the results have been presented to it, adopt an action plan with actions, persons responsible and deadlines. The effect of the plan shall be assessed at the next check.
</#if>

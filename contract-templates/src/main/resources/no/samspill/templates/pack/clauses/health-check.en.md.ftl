<#assign reportForum = governance.forums[0]>
<#list governance.forums as forum><#if "${forum.level}" == "tactical"><#assign reportForum = forum><#break></#if></#list>
<#assign strategicForum = "">
<#list governance.forums as forum><#if "${forum.level}" == "strategic"><#assign strategicForum = forum><#break></#if></#list>
## Relationship health checks {#health-check}

### Frequency and method

<#if governance.healthCheck??>
The {{Parties}} shall check the health of the relationship ${fmt.frequency(governance.healthCheck.frequency)}.
<#else>
The {{Parties}} shall check the health of the relationship at least every six months.
</#if>
The check shall cover both {{Parties}} and people at every level of the collaboration, at least the members of all the forums in clause §[forums]. Each participant scores the statements in Appendix §[appendix-survey] on a scale from 1 (strongly disagree) to 5 (strongly agree).

<#if governance.healthCheck?? && "${governance.healthCheck.method}" == "workshop">
The check takes the form of a joint workshop. The participants give their scores individually before the workshop, and the results are discussed jointly at the workshop. The relationship managers lead the workshop unless the {{Parties}} agree to use a neutral facilitator.
<#else>
The check takes the form of a survey. The relationship managers send out the survey and compile the answers. Individual answers are treated in confidence, and only aggregated results are shared.
</#if>

### Results

The result is calculated as the average score per principle for each of the {{Parties}}. Differences between the {{Parties}}' scores are a finding in themselves and shall be discussed. The relationship managers present the results to the ${reportForum.name}<#if strategicForum?has_content && strategicForum.id != reportForum.id> and the ${strategicForum.name}</#if>.

### Action plan

If the average score for a principle is below 3.0 for either of the {{Parties}}, or the {{Parties}}' averages for the same principle differ by 1.0 or more, the ${reportForum.name} shall adopt an action plan with actions, persons responsible and deadlines within 30 days. The effect of the plan shall be assessed at the next check.

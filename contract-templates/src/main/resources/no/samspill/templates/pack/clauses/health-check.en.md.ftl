<#-- A forum name takes "the" only when written in title case, as English names of bodies are (the Partnership Board); a name in sentence case, as Norwegian names are (Samarbeidsforumet), is printed as it stands: "the Samarbeidsforumet" would double the article. -->
<#function the name><#return (name?matches("[A-ZÆØÅ]\\S*( (\\S{1,3}|[A-ZÆØÅ]\\S*))+") && !name?matches("(?i)the .*"))?then("the " + name, name)></#function>
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
The check takes the form of a joint workshop. The participants give their scores individually before the workshop, and the results are discussed jointly at the workshop. The relationship managers shall lead the workshop unless the {{Parties}} agree to use a neutral facilitator.
<#else>
The check takes the form of a survey. The relationship managers shall send out the survey and compile the answers. Individual answers are treated in confidence, and only aggregated results are shared.
</#if>

### Results

The result is calculated as the average score per principle for each of the {{Parties}}. Differences between the {{Parties}}' scores are a finding in themselves and shall be discussed. The relationship managers shall present the results at the first meeting of ${the(reportForum.name)}<#if strategicForum?has_content && strategicForum.id != reportForum.id> and of ${the(strategicForum.name)}</#if> after the check.

### Action plan

If the average score for a principle is below 3.0 for either of the {{Parties}}, or the {{Parties}}' averages for the same principle differ by 1.0 or more, ${the(reportForum.name)} shall, within 30 days after the results have been presented to it, adopt an action plan with actions, persons responsible and deadlines. The effect of the plan shall be assessed at the next check.

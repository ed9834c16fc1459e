<#-- A forum name takes "the" only when written in title case, as English names of bodies are (the Partnership Board); a name in sentence case, as Norwegian names are (Samarbeidsforumet), is printed as it stands: "the Samarbeidsforumet" would double the article. -->
<#function the name><#return (name?matches("[A-ZÆØÅ]\\S*( (\\S{1,3}|[A-ZÆØÅ]\\S*))+") && !name?matches("(?i)the .*"))?then("the " + name, name)></#function>
<#assign approvalForum = governance.forums[0]>
<#list governance.forums as forum><#if "${forum.level}" == "tactical"><#assign approvalForum = forum><#break></#if></#list>
<#list governance.forums as forum><#if "${forum.level}" == "strategic"><#assign approvalForum = forum><#break></#if></#list>
<#assign annual = !(governance.review?? && governance.review.frequency??) || "${governance.review.frequency}" == "annual">
## <#if annual>Annual review<#else>Periodic review</#if> {#review}

${the(approvalForum.name)?cap_first} shall review the {{Agreement}} as a whole <#if annual>once a year<#else>${fmt.frequency(governance.review.frequency)}</#if> and consider

- whether the vision still sets the right direction,
- whether the objectives, measures and targets are still relevant and realistic,
- how the principles have worked, on the basis of the relationship health checks,
- whether the forums, the meeting frequencies and the escalation ladder work,
- whether each of the {{Parties}} has fulfilled its commitments under the {{Agreement}},<#if risks?has_content>
- whether the risk register is up to date,</#if><#if incentives?has_content>
- whether the incentives work as intended,</#if>
- whether the joint exit and transition plan under clause §[exit] is up to date, and
- whether there are grounds for changes under clause §[changes].

The relationship managers shall jointly prepare the review with a written report, to be sent to the members no later than ten working days before the meeting. The outcome of the review shall be recorded in the minutes, and proposed changes shall be dealt with under clause §[changes].

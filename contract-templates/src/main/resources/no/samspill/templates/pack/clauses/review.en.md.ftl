<#assign annual = !(governance.review?? && governance.review.frequency??) || "${governance.review.frequency}" == "annual">
## <#if annual>Annual review<#else>Periodic review</#if> {#review}

${fmt.forum(forums.approving)?cap_first} shall review the {{Agreement}} as a whole <#if annual>once a year<#else>${fmt.frequency(governance.review.frequency)}</#if> and consider

- whether the vision still sets the right direction,
- whether the objectives, measures and targets are still relevant and realistic,
- how the principles have worked, on the basis of the relationship health checks,
- whether the forums, the meeting frequencies and the escalation ladder work,
- whether each of the {{Parties}} has performed its obligations under the {{Agreement}},<#if risks?has_content>
- whether the risk register is up to date,</#if><#if incentives?has_content>
- whether the incentives work as intended,</#if>
- whether the joint exit and transition plan under clause §[exit] is up to date, and
- whether there are grounds for changes under clause §[changes].

The relationship managers shall jointly prepare the review with a written report, to be sent to the members no later than ten working days before the meeting. The outcome of the review shall be recorded in the minutes, and proposed changes shall be dealt with under clause §[changes].

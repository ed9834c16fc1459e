## Handling disagreement and escalation {#escalation}

The Parties shall seek to resolve any disagreement quickly and at the lowest possible level. A matter that is not resolved within the time allowed at one step may be taken by either Party to the next step (see §[forums]):

<#list governance.escalation as step>
<#assign forum = governance.forums?filter(f -> f.id == step.forum)?first>
1. ${forum.name} deals with the matter within ${step.days} days.
</#list>

Each Party shall notify the other in writing without undue delay of anything that may threaten the collaboration or the shared objectives. The Parties shall meet within ${governance.earlyWarning.meetingWithinDays} days of such a notice.
<#if governance.disputeResolution??>
<#assign dispute = governance.disputeResolution>

If the matter is not resolved after the last step, <#if dispute.mediation!false>the Parties shall attempt mediation before the matter is brought before<#else>either Party may bring the matter before</#if> <#if (dispute.venue!"courts") == "arbitration">arbitration<#if dispute.place??> seated in ${dispute.place}</#if><#else>the ordinary courts<#if dispute.place??>, with ${dispute.place} as the agreed venue</#if></#if>, under the dispute resolution provisions of the {{Base Agreement}}<#if base.disputeClause??> clause ${base.disputeClause}</#if>.
</#if>

<#-- The ladder: the parties' own steps, or else every forum from the operational level up, 15 days each. -->
<#assign ladder = []>
<#if governance.escalation?has_content>
<#list governance.escalation as step>
<#list governance.forums as forum><#if forum.id == step.forum><#assign ladder = ladder + [{"name": forum.name, "days": step.days}]></#if></#list>
</#list>
<#else>
<#list ["operational", "tactical", "strategic"] as level>
<#list governance.forums as forum><#if "${forum.level}" == level><#assign ladder = ladder + [{"name": forum.name, "days": 15}]></#if></#list>
</#list>
</#if>
<#assign dispute = governance.disputeResolution!>
## Handling disagreement {#escalation}

### The escalation ladder

Disagreement shall be raised as early as possible and resolved at the lowest possible level. A matter that is not resolved in the ordinary course shall be dealt with step by step in this escalation ladder:

| ${label("table.step")} | ${label("table.forum")} | ${label("table.days")} |
|---|---|---|
<#list ladder as step>
| ${step?counter} | ${step.name} | ${step.days} |
</#list>

The time limit at each step runs from the day the matter was referred to the forum in writing. <#if ladder?size gt 1>If the matter is not resolved within the time limit, either of the {{Parties}} may refer it to the next step by written notice. </#if>If the forum has no ordinary meeting within the time limit, it shall hold an extraordinary meeting.

### The principles at every step

At every step the forum shall expressly consider which of the principles in clause §[principles] bear on the matter and what they require of each of the {{Parties}}. The assessment shall be recorded in the minutes.

### Neither of the Parties has the last word

Neither of the {{Parties}} may decide a matter alone while it is being dealt with in the escalation ladder. A matter is decided only when the {{Parties}} agree or the forum has made a decision under clause §[forums]. The {{Parties}} shall continue to perform the agreements while the matter is being dealt with. The escalation ladder does not prevent either of the {{Parties}} from giving notice, making a complaint or taking any other step needed to preserve its rights under the {{Base Agreement}}.

### Mediation and dispute resolution

The handling of a matter in the escalation ladder constitutes the {{Parties}}' negotiations under the dispute resolution provisions of the {{Base Agreement}}<#if base.disputeClause??> in clause ${base.disputeClause}</#if>.<#if dispute?has_content && dispute.mediation?? && dispute.mediation> If the matter is not resolved at the last step, the {{Parties}} shall attempt to resolve it by mediation before it is brought before <#if dispute.venue?? && "${dispute.venue}" == "arbitration">arbitration<#else>the courts</#if>.<#elseif dispute?has_content && dispute.mediation??> Mediation requires the consent of both {{Parties}}.</#if>

<#if dispute?has_content && dispute.venue??>
<#if "${dispute.venue}" == "arbitration">
Disputes that are not resolved under the provisions above shall be finally settled by arbitration under the Norwegian Arbitration Act<#if dispute.place??>, with ${dispute.place} as the seat of arbitration</#if>.
<#else>
Disputes that are not resolved under the provisions above shall be settled by the ordinary courts<#if dispute.place??>, with ${dispute.place} as the agreed venue</#if>.
</#if>
If this choice departs from the general text of the {{Base Agreement}}, the {{Parties}} shall enter it in the {{Base Agreement}}'s <#if base.changesAppendix??>Appendix ${base.changesAppendix} on changes to the general contractual text<#else>appendix for changes to the general contractual text</#if>.
<#else>
Disputes that are not resolved under the provisions above shall be settled under the dispute resolution provisions of the {{Base Agreement}}.
</#if>

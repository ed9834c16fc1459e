<#-- A measure with no frequency of its own is reported at every ordinary meeting of the reporting forum. -->
<#assign unscheduled = false>
<#list objectives as objective><#list objective.measures as measure><#if !measure.frequency??><#assign unscheduled = true></#if></#list></#list>
<#-- A forum name takes "the" only when written in title case, as English names of bodies are (the Partnership Board); a name in sentence case, as Norwegian names are (Samarbeidsforumet), is printed as it stands: "the Samarbeidsforumet" would double the article. -->
<#function the name><#return (name?matches("[A-ZÆØÅ]\\S*( (\\S{1,3}|[A-ZÆØÅ]\\S*))+") && !name?matches("(?i)the .*"))?then("the " + name, name)></#function>
<#assign reportForum = governance.forums[0]>
<#list governance.forums as forum><#if "${forum.level}" == "tactical"><#assign reportForum = forum><#break></#if></#list>
<#assign strategicForum = "">
<#list governance.forums as forum><#if "${forum.level}" == "strategic"><#assign strategicForum = forum><#break></#if></#list>
## Meetings, minutes and reporting {#meetings}

### Meeting plan and agenda

Within one month after the {{Agreement}} takes effect, the relationship managers shall fix the dates of the meetings in the first contract year on the basis of the governance calendar in Appendix §[appendix-calendar], and thereafter, before the end of each contract year, for the next. The relationship managers shall send the agenda to the members no later than five working days before the meeting. Any member may require a matter to be placed on the agenda.

The agenda of every forum at strategic and tactical level shall always include

- the status of the measures in clause §[objectives],
- new and open matters in the early warning register under clause §[early-warning],<#if risks?has_content>
- changes to the risk register under clause §[risk-register],</#if>
- follow-up of the latest relationship health check under clause §[health-check], and
- matters in which the principles in clause §[principles] have been put to the test since the previous meeting.

### Minutes

The relationship managers shall send minutes to the members no later than five working days after the meeting. The minutes shall record the decisions, the actions with the person responsible and the deadline, and any matters on which the members disagree, with the view of each of the {{Parties}}. The minutes are approved when neither of the {{Parties}} has raised a written objection within five working days of receiving them. Approved minutes record the decisions but do not amend the agreements.

### Reporting on the measures

Whoever is responsible for a measure shall report the result to ${the(reportForum.name)} at the frequency stated in clause §[objectives]<#if unscheduled>, and for a measure with no stated frequency at every ordinary meeting of that forum</#if>. The report shall show the measured value, the development since the baseline, the distance to the target, the explanation of any material deviation and proposed actions. Where the {{Parties}} are jointly responsible, the relationship managers shall prepare the report together.<#if strategicForum?has_content && strategicForum.id != reportForum.id> ${the(reportForum.name)?cap_first} shall present a consolidated report before each meeting of ${the(strategicForum.name)}.</#if>

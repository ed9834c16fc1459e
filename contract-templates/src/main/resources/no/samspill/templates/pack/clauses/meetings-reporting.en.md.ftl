<#-- A measure with no frequency of its own is reported at every ordinary meeting of the reporting forum. -->
<#assign unscheduled = false>
<#list objectives as objective><#list objective.measures as measure><#if !measure.frequency??><#assign unscheduled = true></#if></#list></#list>
## Meetings, minutes and reporting {#meetings}

### Meeting plan and agenda

Within one month after the {{Agreement}} takes effect, the relationship managers shall fix the dates of the meetings in the first contract year on the basis of the governance calendar in Schedule §[appendix-calendar], and thereafter, before the end of each contract year, for the next. The relationship managers shall send the agenda to the members no later than five working days before the meeting. Any member may require a matter to be placed on the agenda.

The agenda of every forum at strategic and tactical level shall always include

- the status of the measures in clause §[objectives],
- new and open matters in the early warning register under clause §[early-warning],<#if risks?has_content>
- changes to the risk register under clause §[risk-register],</#if>
- follow-up of the latest relationship health check under clause §[health-check], and
- matters in which the principles in clause §[principles] have been put to the test since the previous meeting.

### Minutes

The relationship managers shall send minutes to the members no later than five working days after the meeting. The minutes shall record the decisions, the actions with the person responsible and the deadline, and any matters on which the members disagree, with the view of each of the {{Parties}}. The minutes are approved when neither of the {{Parties}} has raised a written objection within five working days of receiving them. Approved minutes record the decisions but do not amend the agreements.

### Reporting on the measures

Whoever is responsible for a measure shall report the result to ${fmt.forum(forums.reporting)} at the frequency stated in clause §[objectives]<#if unscheduled>, and for a measure with no stated frequency at every ordinary meeting of that forum</#if>. The report shall show the measured value, the development since the baseline, the distance to the target, the explanation of any material deviation and proposed actions. Where the {{Parties}} are jointly responsible, the relationship managers shall prepare the report together.<#if forums.hasSeparateStrategic()> ${fmt.forum(forums.reporting)?cap_first} shall present a consolidated report before each meeting of ${fmt.forum(forums.strategic)}.</#if><#if sides.customer.several || sides.supplier.several> A {{Party}} that has no member of its own in ${fmt.forum(forums.reporting)} receives the reports on the measures and the minutes of that forum from the relationship managers, at the same time as the members.</#if>

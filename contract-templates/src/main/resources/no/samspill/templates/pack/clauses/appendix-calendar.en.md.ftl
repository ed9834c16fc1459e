<#-- A forum name takes "the" only when written in title case, as English names of bodies are (the Partnership Board); a name in sentence case, as Norwegian names are (Samarbeidsforumet), is printed as it stands: "the Samarbeidsforumet" would double the article. -->
<#-- In which months of the first contract year (month 1 = the month the Agreement takes effect)
     a recurring activity falls.
     - A forum meets in month 1 and then every so many months as its frequency says: quarterly in
       months 1, 4, 7 and 10, every six months in 1 and 7, annually in 1 only; monthly, every two
       weeks and weekly in every month (the last two with their frequency shown). So a quarterly
       forum meets four times in the year, not five.
     - A health check falls in the last month of each of its periods (every six months: months 6
       and 12): it looks back on the period it closes, and its results go to the next meeting of
       the forums, as the health-check clause says.
     - A review falls due at the end of each review period (annual: month 12; every six months:
       months 6 and 12). It is held at an ordinary meeting of the approving forum where one is near:
       the forum's last ordinary meeting in the later half of the period, or else its meeting in the
       first month of the next period, if that month is still in the first year (a period of the first
       year is reviewed in the first year). So the review looks
       back on most of the period and needs no meeting of its own: a quarterly forum holds the
       annual review in month 10; a forum that meets and reviews every six months reviews in month 7.
       Failing both, the forum holds an extraordinary meeting for the review in the last month of
       the period (a forum that meets once a year: month 12). -->
<#-- With several parties on a side, the calendar also shows when each measure with a frequency is
     reported, and who answers for it, in the last month of each period, as a health check. -->
<#assign several = sides.customer.several || sides.supplier.several>
<#assign monthsBetween = {"weekly": 1, "biweekly": 1, "monthly": 1, "quarterly": 3, "semiannual": 6, "annual": 12}>
<#function meets frequency month><#return (month - 1) % monthsBetween["${frequency}"] == 0></#function>
<#function closes frequency month><#return month % monthsBetween["${frequency}"] == 0></#function>
<#assign healthFrequency = "semiannual">
<#if governance.healthCheck??><#assign healthFrequency = "${governance.healthCheck.frequency}"></#if>
<#assign reviewFrequency = "annual">
<#if governance.review?? && governance.review.frequency??><#assign reviewFrequency = "${governance.review.frequency}"></#if>
<#assign approvalForum = governance.forums[0]>
<#list governance.forums as forum><#if "${forum.level}" == "tactical"><#assign approvalForum = forum><#break></#if></#list>
<#list governance.forums as forum><#if "${forum.level}" == "strategic"><#assign approvalForum = forum><#break></#if></#list>
<#assign reviewEvery = monthsBetween[reviewFrequency]>
<#assign reviewMonths = []>
<#assign extraordinaryMonths = []>
<#list 1..(12 / reviewEvery) as period>
<#assign periodEnd = period * reviewEvery>
<#assign reviewMonth = 0>
<#list (periodEnd - reviewEvery + 1 + (reviewEvery / 2)?floor)..periodEnd as month><#if meets(approvalForum.frequency, month)><#assign reviewMonth = month></#if></#list>
<#if reviewMonth == 0 && periodEnd < 12 && meets(approvalForum.frequency, periodEnd + 1)><#assign reviewMonth = periodEnd + 1></#if>
<#if reviewMonth == 0><#assign reviewMonth = periodEnd><#assign extraordinaryMonths = extraordinaryMonths + [periodEnd]></#if>
<#assign reviewMonths = reviewMonths + [reviewMonth]>
</#list>
<#-- The plan is due a number of months after signing (the contract date; the start of the term
     when the description gives no date), which is not always the same month of the term. -->
<#assign planMonth = 0>
<#if governance.exit?? && governance.exit.transitionPlanMonths??><#assign planMonth = fmt.monthOfTerm(contract.term.start, fmt.plusMonths(contract.date!contract.term.start, governance.exit.transitionPlanMonths))></#if>
# Governance calendar for the first contract year {.appendix #appendix-calendar}

The calendar shows when the forums meet and when the fixed activities take place in the first contract year. Month 1 is the month in which the {{Agreement}} takes effect (${fmt.date(contract.term.start)}). The relationship managers fix the dates under clause §[meetings].

| ${label("table.month")} | ${label("table.forumMeetings")} | ${label("table.activities")} |
|---|---|---|
<#list 1..12 as month>
<#assign forumsThisMonth = []>
<#list governance.forums as forum><#if meets(forum.frequency, month)><#assign forumsThisMonth = forumsThisMonth + [forum]></#if></#list>
| ${month} | <#list forumsThisMonth as forum>${forum.name}<#if monthsBetween["${forum.frequency}"] == 1 && "${forum.frequency}" != "monthly"> (${fmt.frequency(forum.frequency)})</#if><#sep>, </#sep><#else><#if !extraordinaryMonths?seq_contains(month)>–</#if></#list><#if extraordinaryMonths?seq_contains(month)><#if forumsThisMonth?has_content>, </#if>${approvalForum.name} (extraordinary meeting)</#if> | <#assign none = true><#if month == 1>First meeting of each forum, going through the {{Agreement}} and the principles<#assign none = false></#if><#if closes(healthFrequency, month)><#if none>Relationship<#else>; relationship</#if> health check<#assign none = false></#if><#if month == planMonth><#if none>Exit<#else>; exit</#if> and transition plan to be completed<#assign none = false></#if><#if reviewMonths?seq_contains(month)><#if !none>; </#if><#if reviewFrequency == "annual"><#if none>Annual<#else>annual</#if><#else><#if none>Periodic<#else>periodic</#if></#if> review of the {{Agreement}} by ${fmt.forum(approvalForum)}<#assign none = false></#if><#if several><#assign due = []><#list objectives as objective><#list objective.measures as measure><#if measure.frequency?? && closes(measure.frequency, month)><#assign due = due + [measure.name + " (" + names.of(measure.responsible) + ")"]></#if></#list></#list><#if due?has_content><#if none>${(due?size == 1)?then("Report on the measure", "Report on the measures")}<#else>; ${(due?size == 1)?then("report on the measure", "report on the measures")}</#if> ${fmt.list(due)}<#assign none = false></#if></#if><#if none>–</#if> |
</#list>

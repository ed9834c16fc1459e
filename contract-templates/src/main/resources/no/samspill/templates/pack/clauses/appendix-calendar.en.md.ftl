<#-- A forum name takes "the" only when written in title case, as English names of bodies are (the Partnership Board); a name in sentence case, as Norwegian names are (Samarbeidsforumet), is printed as it stands: "the Samarbeidsforumet" would double the article. -->
<#function the name><#return (name?matches("[A-ZÆØÅ]\\S*( (\\S{1,3}|[A-ZÆØÅ]\\S*))+") && !name?matches("(?i)the .*"))?then("the " + name, name)></#function>
<#-- In which months of the first contract year (month 1 = the month the Agreement takes effect)
     a recurring activity falls: every forum meets in month 1, and every recurring meeting, check
     and review then falls in the last month of its period (quarterly: months 3, 6, 9 and 12). -->
<#assign monthsBetween = {"weekly": 1, "biweekly": 1, "monthly": 1, "quarterly": 3, "semiannual": 6, "annual": 12}>
<#function meets frequency month><#return month == 1 || month % monthsBetween["${frequency}"] == 0></#function>
<#function falls frequency month><#return month % monthsBetween["${frequency}"] == 0></#function>
<#assign healthFrequency = "semiannual">
<#if governance.healthCheck??><#assign healthFrequency = "${governance.healthCheck.frequency}"></#if>
<#assign reviewFrequency = "annual">
<#if governance.review?? && governance.review.frequency??><#assign reviewFrequency = "${governance.review.frequency}"></#if>
<#assign approvalForum = governance.forums[0]>
<#list governance.forums as forum><#if "${forum.level}" == "tactical"><#assign approvalForum = forum><#break></#if></#list>
<#list governance.forums as forum><#if "${forum.level}" == "strategic"><#assign approvalForum = forum><#break></#if></#list>
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
| ${month} | <#list forumsThisMonth as forum>${forum.name}<#if monthsBetween["${forum.frequency}"] == 1 && "${forum.frequency}" != "monthly"> (${fmt.frequency(forum.frequency)})</#if><#sep>, </#sep><#else><#if !falls(reviewFrequency, month)>–</#if></#list><#if falls(reviewFrequency, month) && !meets(approvalForum.frequency, month)><#if forumsThisMonth?has_content>, </#if>${approvalForum.name} (extraordinary meeting)</#if> | <#assign none = true><#if month == 1>First meeting of each forum, going through the {{Agreement}} and the principles<#assign none = false></#if><#if falls(healthFrequency, month)><#if none>Relationship<#else>; relationship</#if> health check<#assign none = false></#if><#if month == planMonth><#if none>Exit<#else>; exit</#if> and transition plan to be completed<#assign none = false></#if><#if falls(reviewFrequency, month)><#if !none>; </#if><#if reviewFrequency == "annual"><#if none>Annual<#else>annual</#if><#else><#if none>Periodic<#else>periodic</#if></#if> review of the {{Agreement}} by ${the(approvalForum.name)}<#assign none = false></#if><#if none>–</#if> |
</#list>

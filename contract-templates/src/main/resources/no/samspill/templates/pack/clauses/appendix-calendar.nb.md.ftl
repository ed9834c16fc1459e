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
# Styringskalender for det første avtaleåret {.appendix #appendix-calendar}

Kalenderen viser når foraene møtes og når de faste aktivitetene gjennomføres i det første avtaleåret. Måned 1 er måneden {{Avtalen}} trer i kraft (${fmt.date(contract.term.start)}). De relasjonsansvarlige fastsetter datoene etter punkt §[meetings].

| ${label("table.month")} | ${label("table.forumMeetings")} | ${label("table.activities")} |
|---|---|---|
<#list 1..12 as month>
<#assign forumsThisMonth = []>
<#list governance.forums as forum><#if meets(forum.frequency, month)><#assign forumsThisMonth = forumsThisMonth + [forum]></#if></#list>
| ${month} | <#list forumsThisMonth as forum>${forum.name}<#if monthsBetween["${forum.frequency}"] == 1 && "${forum.frequency}" != "monthly"> (${fmt.frequency(forum.frequency)})</#if><#sep>, </#sep><#else><#if !falls(reviewFrequency, month)>–</#if></#list><#if falls(reviewFrequency, month) && !meets(approvalForum.frequency, month)><#if forumsThisMonth?has_content>, </#if>${approvalForum.name} (ekstraordinært møte)</#if> | <#assign none = true><#if month == 1>Første møte i hvert forum, med gjennomgang av {{Avtalen}} og prinsippene<#assign none = false></#if><#if falls(healthFrequency, month)><#if none>Måling<#else>; måling</#if> av samarbeidets helse<#assign none = false></#if><#if month == planMonth><#if none>Avslutnings-<#else>; avslutnings-</#if> og overgangsplanen skal være ferdig<#assign none = false></#if><#if falls(reviewFrequency, month)><#if !none>; </#if><#if reviewFrequency == "annual"><#if none>Årlig<#else>årlig</#if><#else><#if none>Periodisk<#else>periodisk</#if></#if> gjennomgang av {{Avtalen}} i ${approvalForum.name}<#assign none = false></#if><#if none>–</#if> |
</#list>

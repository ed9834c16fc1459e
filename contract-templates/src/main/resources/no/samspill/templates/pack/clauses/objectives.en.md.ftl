<#-- The measures table holds only what fits the width of a page without breaking a word: the
     unit goes with the measure's name ("Dokumentasjonstid per konsultasjon (minutter)"), once for
     both values, and the method is in the appendix of measure definitions. The frequency stays
     here, where the reporting clause finds it. -->
<#assign hasMeasures = false>
<#assign hasDirection = false>
<#list objectives as objective><#if objective.measures?has_content><#assign hasMeasures = true></#if><#list objective.measures as measure><#if measure.better?? && (measure.target.number)??><#assign hasDirection = true></#if></#list></#list>
## Shared objectives and measures {#objectives}

The {{Parties}} shall work together to reach the objectives below. The objectives give concrete form to the vision in clause §[vision], and the measures show whether the objectives are being reached.<#if hasMeasures> Schedule §[appendix-measures] sets out how each measure shall be measured.</#if>
<#list objectives as objective>

### ${objective.title}
<#if objective.description??>

<@text objective.description/>
</#if>
<#if objective.measures?has_content>

| ${label("table.measure")} | ${label("table.baseline")} | ${label("table.target")} | ${label("table.deadline")} | ${label("table.frequency")} | ${label("table.responsible")} |
|---|---|---|---|---|---|
<#list objective.measures as measure>
| ${measure.name}<#if measure.unit??> (${measure.unit})</#if> | <#if measure.baseline??>${fmt.value(measure.baseline)}<#else>–</#if> | <#if measure.target??><#if measure.better?? && measure.target.number??><#if "${measure.better}" == "higher">at least <#else>at most </#if></#if>${fmt.value(measure.target)}<#else>–</#if> | <#if measure.deadline??>${fmt.date(measure.deadline)}<#else>–</#if> | <#if measure.frequency??>${fmt.frequency(measure.frequency)}<#else>–</#if> | ${names.of(measure.responsible)} |
</#list>
<#else>

The {{Parties}} shall set measures for this objective at the first meeting of ${fmt.forum(forums.reporting)}. The measures shall be added to the {{Agreement}} under clause §[changes].
</#if>
</#list>

### Achievement of the objectives

Whoever is responsible for a measure shall measure it by the stated method and at the stated frequency, and report the result under clause §[meetings]. Where a baseline is missing, it shall be set at the first measurement. An objective that is not reached by its deadline is not in itself a breach of the {{Agreement}}; whether it is a breach of the {{Base Agreement}} is determined under the {{Base Agreement}}. An objective that is not reached obliges the {{Parties}} to analyse the causes together and agree on actions in ${fmt.forum(forums.reporting)}.

### When the objectives are not reached {#recovery}

If a measure moves away from its target in two consecutive measurements, or an objective has not been reached by its deadline, ${fmt.forum(forums.reporting)} shall, within 30 days after the second measurement has been reported under clause §[meetings] or after the deadline for the objective has expired, adopt a joint recovery plan with actions, persons responsible and deadlines.<#if hasDirection> For a measure whose target is stated as "at least" or "at most", a result that meets the target is not a movement away from it.</#if> The plan shall be presented to ${fmt.forum(forums.approving)}. If the plan has not succeeded within its deadlines, the matter shall be dealt with under clause §[escalation]. If the deviation is also a breach under the {{Base Agreement}}, the {{Base Agreement}}'s remedies apply, and they may be exercised regardless of the plan.

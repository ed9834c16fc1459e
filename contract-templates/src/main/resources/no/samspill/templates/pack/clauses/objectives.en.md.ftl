## Shared objectives and measures {#objectives}

The Parties have the following shared objectives. Progress is followed up in the forums, see §[forums].

<#list objectives as objective>
### ${objective.title}

<#if objective.description??>
<@text objective.description/>

</#if>
<#if objective.measures?has_content>
| ${label("measure.name")} | ${label("measure.baseline")} | ${label("measure.target")} | ${label("measure.deadline")} | ${label("measure.frequency")} | ${label("measure.responsible")} |
|---|---|---|---|---|---|
<#list objective.measures as measure>
| ${measure.name}<#if measure.unit??> (${measure.unit})</#if> | <#if measure.baseline??>${fmt.value(measure.baseline)}<#else>–</#if> | <#if measure.target??>${fmt.value(measure.target)}<#else>–</#if> | <#if measure.deadline??>${fmt.date(measure.deadline)}<#else>–</#if> | <#if measure.frequency??>${fmt.frequency(measure.frequency)}<#else>–</#if> | ${fmt.role(measure.responsible)} |
</#list>

</#if>
</#list>
The party responsible for a measure measures it and reports it to the forums. The measures are tools for shared learning and improvement; missing a target is not in itself a breach.

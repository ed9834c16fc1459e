## Felles mål og resultatindikatorer {#objectives}

Partene har følgende felles mål for samarbeidet. Måloppnåelsen følges opp i samarbeidsforaene, se §[forums].

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
Den som er ansvarlig for en resultatindikator, måler og rapporterer den til samarbeidsforaene. Resultatindikatorene er verktøy for felles læring og forbedring; manglende måloppnåelse er ikke i seg selv mislighold.

<#-- The measures table holds only what fits the width of a page without breaking a word: the
     unit goes with the measure's name ("Dokumentasjonstid per konsultasjon (minutter)"), once for
     both values, and the method is in the appendix of measure definitions. The frequency stays
     here, where the reporting clause finds it. -->
<#assign hasMeasures = false>
<#assign hasDirection = false>
<#list objectives as objective><#if objective.measures?has_content><#assign hasMeasures = true></#if><#list objective.measures as measure><#if measure.better?? && (measure.target.number)??><#assign hasDirection = true></#if></#list></#list>
## Felles mål og måleindikatorer {#objectives}

{{Partene}} skal arbeide sammen for å nå målene nedenfor. Målene konkretiserer visjonen i punkt §[vision], og måleindikatorene viser om målene nås.<#if hasMeasures> Vedlegg §[appendix-measures] fastsetter hvordan hver måleindikator skal måles.</#if>
<#list objectives as objective>

### ${objective.title}
<#if objective.description??>

<@text objective.description/>
</#if>
<#if objective.measures?has_content>

| ${label("table.measure")} | ${label("table.baseline")} | ${label("table.target")} | ${label("table.deadline")} | ${label("table.frequency")} | ${label("table.responsible")} |
|---|---|---|---|---|---|
<#list objective.measures as measure>
| ${measure.name}<#if measure.unit??> (${measure.unit})</#if> | <#if measure.baseline??>${fmt.value(measure.baseline)}<#else>–</#if> | <#if measure.target??><#if measure.better?? && measure.target.number??><#if "${measure.better}" == "higher">minst <#else>høyst </#if></#if>${fmt.value(measure.target)}<#else>–</#if> | <#if measure.deadline??>${fmt.date(measure.deadline)}<#else>–</#if> | <#if measure.frequency??>${fmt.frequency(measure.frequency)}<#else>–</#if> | ${names.of(measure.responsible)} |
</#list>
<#else>

{{Partene}} skal fastsette måleindikatorer for dette målet i det første møtet i ${fmt.forum(forums.reporting)}. Måleindikatorene tas inn i {{Avtalen}} etter punkt §[changes].
</#if>
</#list>

### Måloppnåelse

Den som er ansvarlig for en måleindikator, skal måle den etter den angitte metoden og med den angitte hyppigheten, og rapportere resultatet etter punkt §[meetings]. Der en utgangsverdi mangler, skal den fastsettes ved første måling. Et mål som ikke nås innen fristen, er ikke i seg selv mislighold av {{Avtalen}}; om forholdet er mislighold av {{Grunnavtalen}}, avgjøres etter {{Grunnavtalen}}. Et mål som ikke nås, forplikter {{Partene}} til i fellesskap å analysere årsakene og avtale tiltak i ${fmt.forum(forums.reporting)}.

### Når målene ikke nås {#recovery}

Utvikler en måleindikator seg bort fra målverdien ved to målinger på rad, eller er målet ikke nådd innen fristen, skal ${fmt.forum(forums.reporting)} innen 30 dager etter at den andre målingen er rapportert etter punkt §[meetings], eller etter at fristen for målet er utløpt, vedta en felles plan for å rette opp utviklingen, med tiltak, ansvarlige og frister.<#if hasDirection> For en måleindikator der målverdien er angitt som «minst» eller «høyst», er et resultat som oppfyller målverdien, ikke en utvikling bort fra den.</#if> Planen skal legges frem for ${fmt.forum(forums.approving)}. Har planen ikke ført frem innen fristene i den, behandles saken etter punkt §[escalation]. Er avviket også mislighold etter {{Grunnavtalen}}, gjelder {{Grunnavtalen}}s beføyelser, og de kan gjøres gjeldende uavhengig av planen.

<#assign reportForum = governance.forums[0]>
<#list governance.forums as forum><#if "${forum.level}" == "tactical"><#assign reportForum = forum><#break></#if></#list>
## Insentiver {#incentives}

Insentivene nedenfor er knyttet til måleindikatorene i punkt §[objectives] og skal gi begge {{Partene}} del i verdien av at målene nås.
<#list incentives as incentive>
<#assign measureName = incentive.measure>
<#list objectives as objective><#list objective.measures as measure><#if measure.id == incentive.measure><#assign measureName = measure.name></#if></#list></#list>

### ${label("incentiveType.${incentive.type}")}: ${measureName}

<@text incentive.description/>
</#list>

### Felles regler for insentivene

Insentivene beregnes på grunnlag av de resultatene som er rapportert etter punkt §[meetings] og godkjent av ${reportForum.name}. Uenighet om beregningen behandles etter punkt §[escalation]. Beløp som ikke er fastsatt ovenfor, og betalingsvilkårene, følger av {{Grunnavtalen}}s bestemmelser om pris og betaling. Insentivene begrenser ikke {{Partene}}s rettigheter og plikter etter {{Grunnavtalen}}, herunder standardiserte kompensasjoner og prisavslag, med mindre noe annet er uttrykkelig sagt ovenfor.

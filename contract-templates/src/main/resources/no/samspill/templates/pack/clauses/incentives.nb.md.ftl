<#assign hasMalus = incentives?filter(i -> "${i.type}" == "malus")?has_content>
<#assign priceAppendix><#if base.priceAppendix??>bilag ${base.priceAppendix} om pris og prisbestemmelser<#else>bilag om pris og prisbestemmelser</#if></#assign>
## Insentiver {#incentives}

Insentivene nedenfor er knyttet til måleindikatorene i punkt §[objectives] og er ment å gi begge {{Partene}} del i verdien av at målene nås.
<#list incentives as incentive>
<#assign measureName = incentive.measure>
<#list objectives as objective><#list objective.measures as measure><#if measure.id == incentive.measure><#assign measureName = measure.name></#if></#list></#list>

### ${label("incentiveType.${incentive.type}")}: ${measureName}

<@text incentive.description/>
</#list>

### Felles regler for insentivene

Insentivene får virkning gjennom {{Grunnavtalen}}s ${priceAppendix}, der de skal spesifiseres<#if hasMalus><#if base.serviceLevelAppendix??>, og trekk også gjennom bilag ${base.serviceLevelAppendix} om tjenestenivå</#if></#if>.<#if base.bonusInPriceAppendix!false> Gir samme resultat rett til bonus både etter {{Avtalen}} og etter bilag ${base.priceAppendix}, betales bare den største bonusen.</#if> Forholdet til {{Grunnavtalen}}s bestemmelser om vederlag<#if hasMalus> og sanksjoner</#if> følger av endringen i punkt §[amendment-incentives].

Insentivene beregnes på grunnlag av de resultatene som er rapportert etter punkt §[meetings] og godkjent av ${fmt.forum(forums.reporting)}. Uenighet om beregningen behandles etter punkt §[escalation]. Insentivene faktureres og betales etter {{Grunnavtalen}}s bestemmelser om fakturering og betaling.<#if hasMalus> Gir samme forhold grunnlag både for et trekk og for en standardisert kompensasjon, et prisavslag eller en dagbot etter {{Grunnavtalen}}, gjelder bare det høyeste beløpet, med mindre det for trekket ovenfor er uttrykkelig avtalt at det kommer i tillegg.</#if>

<#-- The table names each measure as clause objectives does, by its name (never by its id), and
     holds only the columns that fit the width of a page without breaking a word: how the measure is
     measured, and any incentive tied to it. The forum the results go to is the same for every
     measure, so it is said once, above the table. -->
<#-- With several parties on a side, who answers for a measure is a party or a side, and the
     table names it, as the calendar does. -->
<#assign several = sides.customer.several || sides.supplier.several>
<#assign hasMeasures = false>
<#list objectives as objective><#if objective.measures?has_content><#assign hasMeasures = true></#if></#list>
<#if hasMeasures>
# Definisjoner av måleindikatorene {.appendix #appendix-measures}

Dette vedlegget fastsetter hvordan måleindikatorene i punkt §[objectives] skal måles og rapporteres. Utgangsverdi, målverdi, frist, hyppighet og ansvar fremgår av tabellene i punkt §[objectives]. Resultatene rapporteres til ${fmt.forum(forums.reporting)} etter punkt §[meetings].

<#if several>
| ${label("table.measure")} | ${label("table.responsible")} | ${label("table.method")} | ${label("table.incentive")} |
|---|---|---|---|
<#else>
| ${label("table.measure")} | ${label("table.method")} | ${label("table.incentive")} |
|---|---|---|
</#if>
<#list objectives as objective>
<#list objective.measures as measure>
<#assign incentiveTypes = []>
<#list incentives as incentive><#if incentive.measure == measure.id><#assign incentiveTypes = incentiveTypes + [label("incentiveType.${incentive.type}")]></#if></#list>
| ${measure.name} |<#if several> ${names.of(measure.responsible)} |</#if> ${measure.method!"–"} | <#if incentiveTypes?has_content><#list incentiveTypes as type>${type}<#sep>, </#sep></#list><#else>–</#if> |
</#list>
</#list>

For alle måleindikatorene gjelder:

1. Den som er ansvarlig for en måleindikator, måler etter den angitte metoden. Er metoden ikke uttømmende beskrevet, skal de relasjonsansvarlige avtale fremgangsmåten skriftlig før første måling.
2. Mangler en utgangsverdi, fastsettes den ved første måling og bekreftes av ${fmt.forum(forums.reporting)}.
3. Grunnlagsdataene for hver måling skal oppbevares i avtaleperioden. De deles med den andre {{Part}}en bare etter punkt §[confidentiality], i sammenstilt eller anonymisert form.
4. Kan en måling ikke gjennomføres som fastsatt, skal den ansvarlige varsle etter punkt §[early-warning].
5. En definisjon kan bare endres etter punkt §[changes].
</#if>

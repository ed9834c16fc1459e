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
# Definitions of the measures {.appendix #appendix-measures}

This Schedule sets out how the measures in clause §[objectives] shall be measured and reported. The baseline, target, deadline, frequency and responsibility for each measure appear in the tables in clause §[objectives]. The results are reported to ${fmt.forum(forums.reporting)} under clause §[meetings].

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

For all measures:

1. Whoever is responsible for a measure measures it by the stated method. Where the method is not described exhaustively, the relationship managers shall agree the procedure in writing before the first measurement.
2. A missing baseline is set at the first measurement and confirmed by ${fmt.forum(forums.reporting)}.
3. The data underlying each measurement shall be kept for the term. They are shared with the other {{Party}} only under clause §[confidentiality], in aggregated or anonymised form.
4. If a measurement cannot be carried out as defined, whoever is responsible shall give a warning under clause §[early-warning].
5. A definition may be changed only under clause §[changes].
</#if>

<#assign regulation = (contract.procurement.regulation)!"general">
## Background and purpose {#purpose}
<#if background??>

### Background

<@text background/>
</#if>

### Purpose

The {{Agreement}} shall give the {{Parties}} a common basis for a long-term collaboration: a shared vision, shared objectives and guiding principles, and a governance model that keeps the {{Parties}}' expectations and interests aligned throughout the term, even when circumstances change in ways the {{Parties}} could not foresee.

The {{Base Agreement}} governs the deliverables, the remuneration and the consequences of breach. The {{Agreement}} governs how the {{Parties}} shall work together to reach the objectives, make joint decisions, handle disagreement and adapt the collaboration over time.
<#if "${regulation}" != "none">

### The procurement {#procurement}

<#assign parts = []><#if incentives?has_content><#assign parts = parts + ["the incentives"]></#if><#assign parts = parts + ["the arrangements for change"]><#if contract.term.extensions?has_content><#assign parts = parts + ["the options to extend"]></#if>The {{Agreement}}, including <#list parts as part>${part}<#sep>, </#sep></#list> and the amendments to the {{Base Agreement}} in clause §[amendments], formed part of the tender documents in <#if contract.procurement?? && contract.procurement.name??>the procurement "${contract.procurement.name}"<#if contract.procurement.reference??> (reference ${contract.procurement.reference})</#if>, which<#elseif contract.procurement?? && contract.procurement.reference??>the procurement with reference ${contract.procurement.reference}, which<#else>the procurement that</#if> led to the conclusion of the {{Base Agreement}}. In interpreting the {{Agreement}}, weight shall be given to the tender documents, together with what the {{Parties}} have agreed in negotiations. If the {{Base Agreement}} was signed before the {{Agreement}}, the {{Customer}} shall, before signing, assess the amendments in clause §[amendments] under clause §[procurement-rules].
</#if>

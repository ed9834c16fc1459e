## Veiledende prinsipper {#principles}

Partene skal utøve sine rettigheter og oppfylle sine plikter etter denne avtalen og {{Grunnavtalen}} i samsvar med følgende prinsipper:

<#list principles as principle>
<#if principle.standard>
### ${label("principle." + principle.id)}

<#include "/principles/${principle.id}.${lang}.md.ftl">

<#if principle.application??>
<@text principle.application/>

</#if>
<#else>
### ${principle.title}

<@text principle.description/>

</#if>
</#list>

## Guiding principles {#principles}

The Parties shall exercise their rights and perform their obligations under this contract and the {{Base Agreement}} in accordance with the following principles:

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

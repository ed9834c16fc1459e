<#assign ownPrinciples = principles?filter(p -> !p.standard)?has_content>
## Guiding principles {#principles}

The {{Parties}} have chosen the principles below as the foundation of the collaboration. For each principle, this clause states what it means, what it requires of each of the {{Parties}} in practice, and which arrangements of the {{Agreement}} put it to use. All the principles<#if ownPrinciples>, including those the {{Parties}} have formulated themselves,</#if> form part of the relationship health check under clause §[health-check], of the assessment at every step of the escalation ladder under clause §[escalation] and of the assessment of change proposals under clause §[changes]. The legal effect of the principles follows from clause §[principles-binding].
<#list principles as principle>
<#if principle.standard>

<#include "/principles/${principle.id}.${lang}.md.ftl">
<#if principle.application??>

For this collaboration, the {{Parties}} have also agreed:

<@text principle.application/>
</#if>
<#else>

### ${principle.title}

<@text principle.description/>
</#if>
</#list>

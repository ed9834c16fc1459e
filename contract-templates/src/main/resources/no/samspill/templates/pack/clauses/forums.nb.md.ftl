## Organisering og samarbeidsfora {#forums}

Partene etablerer følgende samarbeidsfora. Hver part sørger for at dens medlemmer har fullmakt til å treffe de beslutninger forumet har ansvar for.

| ${label("forum.name")} | ${label("forum.level")} | ${label("forum.frequency")} | ${label("forum.members")} | ${label("forum.decisionRule")} |
|---|---|---|---|---|
<#list governance.forums as forum>
| ${forum.name} | ${label("level." + forum.level)} | ${fmt.frequency(forum.frequency)} | <#list forum.members as member>${member.role} (${fmt.role(member.party)})<#sep>, </#sep></#list> | ${label("decision." + forum.decisionRule)} |
</#list>

<#list governance.forums as forum>
<#if forum.responsibilities?has_content>
${forum.name} har ansvar for å:

<#list forum.responsibilities as responsibility>
- ${responsibility}
</#list>

</#if>
</#list>

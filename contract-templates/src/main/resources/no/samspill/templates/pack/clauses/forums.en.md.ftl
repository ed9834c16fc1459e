## Organisation and forums {#forums}

The Parties establish the following forums. Each Party ensures that its members have the authority to make the decisions the forum is responsible for.

| ${label("forum.name")} | ${label("forum.level")} | ${label("forum.frequency")} | ${label("forum.members")} | ${label("forum.decisionRule")} |
|---|---|---|---|---|
<#list governance.forums as forum>
| ${forum.name} | ${label("level." + forum.level)} | ${fmt.frequency(forum.frequency)} | <#list forum.members as member>${member.role} (${fmt.role(member.party)})<#sep>, </#sep></#list> | ${label("decision." + forum.decisionRule)} |
</#list>

<#list governance.forums as forum>
<#if forum.responsibilities?has_content>
${forum.name} is responsible for:

<#list forum.responsibilities as responsibility>
- ${responsibility}
</#list>

</#if>
</#list>

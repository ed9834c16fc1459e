<#-- A forum name takes "the" only when written in title case, as English names of bodies are (the Partnership Board); a name in sentence case, as Norwegian names are (Samarbeidsforumet), is printed as it stands: "the Samarbeidsforumet" would double the article. -->
<#function the name><#return (name?matches("[A-ZÆØÅ]\\S*( (\\S{1,3}|[A-ZÆØÅ]\\S*))+") && !name?matches("(?i)the .*"))?then("the " + name, name)></#function>
<#assign reportForum = governance.forums[0]>
<#list governance.forums as forum><#if "${forum.level}" == "tactical"><#assign reportForum = forum><#break></#if></#list>
## Joint risk register {#risk-register}

The {{Parties}} shall keep a joint register of the risks to the collaboration and to the achievement of the objectives. When the {{Agreement}} is entered into, the register consists of these risks:

| ${label("table.risk")} | ${label("table.owner")} | ${label("table.mitigation")} |
|---|---|---|
<#list risks as risk>
| ${risk.description} | ${fmt.role(risk.owner)} | ${risk.mitigation!"–"} |
</#list>

The owner of a risk shall follow it up and see that the mitigating actions are carried out. Where the {{Parties}} own a risk jointly, the relationship managers share this responsibility. The relationship managers shall keep the register up to date, and ${the(reportForum.name)} shall go through it at every meeting. Risks that come to light through warnings under clause §[early-warning] shall be entered in the register. A risk is removed from the register only when the {{Parties}} agree.

The register does not allocate risk between the {{Parties}}. Which of them bears a risk follows from the {{Base Agreement}}. Ownership in the register means responsibility for follow-up only.

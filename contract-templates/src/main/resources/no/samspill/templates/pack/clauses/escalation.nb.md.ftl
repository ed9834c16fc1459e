## Håndtering av uenighet og eskalering {#escalation}

Uenighet mellom Partene skal søkes løst raskt og på lavest mulig nivå. En sak som ikke er løst innen fristen på ett trinn, kan hver av Partene bringe videre til neste trinn (se §[forums]):

<#list governance.escalation as step>
<#assign forum = governance.forums?filter(f -> f.id == step.forum)?first>
1. ${forum.name} behandler saken innen ${step.days} dager.
</#list>

Hver part skal uten ugrunnet opphold varsle den andre parten skriftlig om forhold som kan true samarbeidet eller måloppnåelsen. Partene skal møtes innen ${governance.earlyWarning.meetingWithinDays} dager etter et slikt varsel.
<#if governance.disputeResolution??>
<#assign dispute = governance.disputeResolution>

Er saken ikke løst etter siste trinn, <#if dispute.mediation!false>skal Partene forsøke mekling før saken bringes inn for<#else>kan hver av Partene bringe saken inn for</#if> <#if (dispute.venue!"courts") == "arbitration">voldgift<#if dispute.place??> med sete i ${dispute.place}</#if><#else>de alminnelige domstoler<#if dispute.place??>, med ${dispute.place} som verneting</#if></#if>, etter tvisteløsningsbestemmelsene i {{Grunnavtalen}}<#if base.disputeClause??> punkt ${base.disputeClause}</#if>.
</#if>

<#-- The ladder: the parties' own steps, or else every forum from the operational level up, 15 days each. -->
<#assign ladder = []>
<#if governance.escalation?has_content>
<#list governance.escalation as step>
<#list governance.forums as forum><#if forum.id == step.forum><#assign ladder = ladder + [{"name": forum.name, "days": step.days}]></#if></#list>
</#list>
<#else>
<#list ["operational", "tactical", "strategic"] as level>
<#list governance.forums as forum><#if "${forum.level}" == level><#assign ladder = ladder + [{"name": forum.name, "days": 15}]></#if></#list>
</#list>
</#if>
<#assign dispute = governance.disputeResolution!>
## Håndtering av uenighet {#escalation}

### Eskaleringsstigen

Uenighet skal tas opp så tidlig som mulig og søkes løst på lavest mulig nivå. Løses en sak ikke i den ordinære behandlingen, behandles den trinn for trinn i denne eskaleringsstigen:

| ${label("table.step")} | ${label("table.forum")} | ${label("table.days")} |
|---|---|---|
<#list ladder as step>
| ${step?counter} | ${step.name} | ${step.days} |
</#list>

Fristen på hvert trinn løper fra saken skriftlig ble meldt til forumet. <#if ladder?size gt 1>Er saken ikke løst innen fristen, kan hver av {{Partene}} bringe den videre til neste trinn ved skriftlig melding. </#if>Har forumet ikke et ordinært møte innen fristen, skal det holde et ekstraordinært møte.

### Prinsippene på hvert trinn

På hvert trinn skal forumet uttrykkelig ta stilling til hvilke av prinsippene i punkt §[principles] som har betydning for saken, og hva de krever av hver av {{Partene}}. Vurderingen skal fremgå av referatet.

### Ingen av Partene har siste ord

Ingen av {{Partene}} kan avgjøre en sak alene mens den behandles i eskaleringsstigen. En sak er avgjort bare når {{Partene}} er enige eller forumet har truffet beslutning etter punkt §[forums]. {{Partene}} skal oppfylle avtalene som før mens saken behandles. Eskaleringsstigen er ikke til hinder for at en av {{Partene}} gir varsel, reklamerer eller tar andre skritt som er nødvendige for å bevare sine rettigheter etter {{Grunnavtalen}}.

### Mekling og tvisteløsning

Behandlingen i eskaleringsstigen utgjør {{Partene}}s forhandlinger etter {{Grunnavtalen}}s bestemmelser om tvisteløsning<#if base.disputeClause??> i punkt ${base.disputeClause}</#if>.<#if dispute?has_content && dispute.mediation?? && dispute.mediation> Er saken ikke løst på siste trinn, skal {{Partene}} forsøke å løse den ved mekling før den bringes inn for <#if dispute.venue?? && "${dispute.venue}" == "arbitration">voldgift<#else>domstolene</#if>.<#elseif dispute?has_content && dispute.mediation??> Mekling forutsetter at begge {{Partene}} samtykker.</#if>

<#if dispute?has_content && dispute.venue??>
<#if "${dispute.venue}" == "arbitration">
Tvister som ikke løses etter bestemmelsene ovenfor, skal avgjøres endelig ved voldgift etter voldgiftsloven<#if dispute.place??>, med ${dispute.place} som voldgiftssted</#if>.
<#else>
Tvister som ikke løses etter bestemmelsene ovenfor, skal avgjøres av de alminnelige domstolene<#if dispute.place??>, med ${dispute.place} som avtalt verneting</#if>.
</#if>
Avviker dette valget fra {{Grunnavtalen}}s generelle avtaletekst, skal {{Partene}} ta det inn i {{Grunnavtalen}}s <#if base.changesAppendix??>bilag ${base.changesAppendix} om endringer i den generelle avtaleteksten<#else>bilag for endringer i den generelle avtaleteksten</#if>.
<#else>
Tvister som ikke løses etter bestemmelsene ovenfor, avgjøres etter {{Grunnavtalen}}s bestemmelser om tvisteløsning.
</#if>

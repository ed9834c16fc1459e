<#-- The ladder the contract sets out (Governance.ladder): the parties' own steps, or else every forum from the operational level up. -->
<#assign ladder = []>
<#list governance.ladder() as step>
<#list governance.forums as forum><#if forum.id == step.forum><#assign ladder = ladder + [{"name": forum.name, "days": step.days}]></#if></#list>
</#list>
<#assign negotiation = base.clause("negotiation")!>
<#assign changeOrders = base.clause("disputedChangeOrders")!>
## Håndtering av uenighet {#escalation}

### Eskaleringsstigen

Uenighet skal tas opp så tidlig som mulig og søkes løst på lavest mulig nivå. Løses en sak ikke i den ordinære behandlingen, behandles den trinn for trinn i denne eskaleringsstigen:

| ${label("table.step")} | ${label("table.forum")} | ${label("table.days")} |
|---|---|---|
<#list ladder as step>
| ${step?counter} | ${step.name} | ${step.days} |
</#list>

Fristen på hvert trinn løper fra den dagen saken ble meldt skriftlig til forumet. <#if ladder?size gt 1>Er saken ikke løst innen fristen, kan hver av {{Partene}} bringe den videre til neste trinn ved skriftlig melding. </#if>Har forumet ikke et ordinært møte innen fristen, skal det holde et ekstraordinært møte.<#if "${base.code}" == "SSA-D"> Uenighet om hvorvidt noe er en endring, og tvist om en endringsordre eller om virkningene av en endring, behandles etter {{Grunnavtalen}}s særlige regler om dette<#if changeOrders?has_content> i punkt ${changeOrders.number}</#if> og ikke etter eskaleringsstigen.</#if>

### Prinsippene på hvert trinn

På hvert trinn skal forumet uttrykkelig ta stilling til hvilke av prinsippene i punkt §[principles] som har betydning for saken, og hva de krever av hver av {{Partene}}. Vurderingen skal fremgå av referatet. Punkt §[no-admission] gjelder for det som anføres i forumet, og for forumets vurdering.

### Forholdet til rettigheter etter Grunnavtalen

En sak i eskaleringsstigen er løst når <#if sides.customer.several || sides.supplier.several>{{Side}}ne er enige etter punkt §[sides]<#else>{{Partene}} er enige</#if>, eller når forumet har truffet beslutning etter punkt §[forums]. {{Partene}} skal fortsette å oppfylle sine forpliktelser etter {{Avtalen}} og {{Grunnavtalen}} mens saken behandles, med mindre en {{Part}} har rett til å holde tilbake sin ytelse etter {{Grunnavtalen}}.

Eskaleringsstigen begrenser ikke en {{Part}}s adgang til å utøve rettigheter og beføyelser etter {{Grunnavtalen}}, herunder å kreve endring, holde tilbake betaling eller ytelser, kreve dagbot, prisavslag eller erstatning, heve eller avbestille, og den forlenger ingen frist etter {{Grunnavtalen}}. En {{Part}} kan når som helst gi varsel, reklamere eller ta andre skritt som er nødvendige for å bevare sine rettigheter.

### Tvisteløsning

Behandlingen i eskaleringsstigen er en del av {{Partene}}s forhandlinger etter {{Grunnavtalen}}s bestemmelser om tvisteløsning<#if negotiation?has_content> (punkt ${negotiation.number} ${negotiation.title})</#if>. <#if baseChanges?seq_contains("mediation") && baseChanges?seq_contains("disputes")>Er saken ikke løst på siste trinn, gjelder reglene om mekling i punkt §[amendment-mediation] og om <#if "${governance.disputeResolution.venue}" == "arbitration">voldgift<#else>verneting</#if> i punkt §[amendment-disputes].<#elseif baseChanges?seq_contains("mediation")>Er saken ikke løst på siste trinn, gjelder reglene om mekling i punkt §[amendment-mediation], og deretter {{Grunnavtalen}}s bestemmelser om tvisteløsning.<#elseif baseChanges?seq_contains("disputes")>Er saken ikke løst på siste trinn, gjelder {{Grunnavtalen}}s bestemmelser om tvisteløsning med endringen i punkt §[amendment-disputes].<#else>Er saken ikke løst på siste trinn, gjelder {{Grunnavtalen}}s bestemmelser om tvisteløsning.</#if>

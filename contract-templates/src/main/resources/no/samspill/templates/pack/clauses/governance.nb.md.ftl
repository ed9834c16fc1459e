<#-- With several parties on a side, each side speaks with one voice (clause sides). -->
<#assign several = sides.customer.several || sides.supplier.several>
<#-- Responsibilities are typed as separate items, each with a capital; joined with semicolons in one cell, the items after the first start in lower case, unless the word is an abbreviation (IT-sjef, NAV). -->
<#function continued item><#return (item?length gt 1 && item?substring(1, 2) == item?substring(1, 2)?lower_case)?then(item?uncap_first, item)></#function>
<#assign anyConsensus = false>
<#assign anyMajority = false>
<#list governance.forums as forum><#if "${forum.decisionRule}" == "majority"><#assign anyMajority = true><#else><#assign anyConsensus = true></#if></#list>
<#assign managers = governance.relationshipManagers!>
# Styring av samarbeidet

## Organisering og samarbeidsfora {#forums}

{{Partene}} skal styre samarbeidet gjennom foraene nedenfor. <#if several>Hvert forum har medlemmer fra både {{Kunden}} og {{Leverandøren}}<#else>Hvert forum har medlemmer fra begge {{Partene}}</#if>, slik at et spørsmål behandles av personer på samme nivå hos hver av dem.

| ${label("table.forum")} | ${label("table.level")} | ${label("table.members")} | ${label("table.meets")} | ${label("table.decisionRule")} | ${label("table.responsibilities")} |
|---|---|---|---|---|---|
<#list governance.forums as forum>
| ${forum.name} | ${label("level.${forum.level}")} | <#list forum.members as member>${member.role} (${names.of(member.party)})<#sep>, </#sep></#list> | ${fmt.frequency(forum.frequency)} | ${label("decisionRule.${forum.decisionRule}")} | <#if forum.responsibilities?has_content><#list forum.responsibilities as responsibility><#if responsibility?is_first>${responsibility}<#else>${continued(responsibility)}</#if><#sep>; </#sep></#list><#else>–</#if> |
</#list>
<#-- Whether the paragraph is there may not depend on the names: the editions of a parallel edition must have the same paragraphs, and a short name that only adds an article in English ("the Steering Group") differs in Norwegian ("styringsgruppen"). -->
<#assign shortNamed = governance.forums?filter(f -> f.shortName??)>
<#assign named = shortNamed?filter(f -> f.shortName?lower_case != f.name?lower_case && f.shortName?lower_case != ("the " + f.name)?lower_case)>
<#if shortNamed?has_content>

<#if named?has_content>I {{Avtalen}} omtales <#list named as forum>${forum.name} som ${forum.shortName}<#sep><#if named?size - forum?index == 2> og <#else>, </#if></#sep></#list>.<#else>I {{Avtalen}} omtales foraene ved navnene i tabellen ovenfor.</#if>
</#if>

### Beslutninger

<#if several>Et forum er beslutningsdyktig når et medlem som kan avgi stemmen for hver {{Side}} etter punkt §[sides], er til stede.<#if sides.supplier.subcontractors?has_content> Medlemmer fra en underleverandør teller ikke med og har ingen stemme.</#if><#if anyConsensus> Et forum som beslutter ved enighet, treffer beslutning når {{Kunden}} og {{Leverandøren}} er enige, slik hver {{Side}} tar stilling etter punkt §[sides].</#if><#else>Et forum er beslutningsdyktig når minst ett medlem fra hver av {{Partene}} er til stede.<#if anyConsensus> Et forum som beslutter ved enighet, treffer beslutning når medlemmene fra begge {{Partene}} er enige.</#if></#if><#if anyMajority> I et forum som beslutter ved flertall, har {{Kunden}}s medlemmer til sammen like mange stemmer som {{Leverandøren}}s medlemmer til sammen, uansett hvor mange medlemmer hver av {{Partene}} har; står stemmene likt, er saken ikke avgjort.</#if> En sak et forum ikke blir enig om, behandles etter punkt §[escalation].

Et forum kan ikke ved sin beslutning endre {{Avtalen}} eller {{Grunnavtalen}}. Endringer skjer etter punkt §[changes].

### Medlemmer

Hver av {{Partene}} skal før det første møtet i hvert forum skriftlig meddele den andre {{Part}}en hvem som innehar rollene. Et medlem kan møte ved en stedfortreder med tilsvarende myndighet. Hvert forum skal i sitt første møte gå gjennom {{Avtalen}}, særlig prinsippene i punkt §[principles]. Den av {{Partene}} som utpeker et nytt medlem eller en stedfortreder, skal sørge for at vedkommende er gjort kjent med {{Avtalen}} og prinsippene før vedkommendes første møte.

### Utskifting av medlemmer og relasjonsansvarlige {#key-personnel}

En {{Part}} kan skifte ut et medlem av et forum eller sin relasjonsansvarlige bare med en person som har tilsvarende myndighet og kompetanse, og skal varsle den andre {{Part}}en skriftlig og så tidlig som mulig før utskiftingen. Den andre {{Part}}en kan innen ti virkedager etter varselet komme med begrunnede innsigelser, og {{Partene}} skal da drøfte utskiftingen før den gjennomføres. Innsigelser gir ikke rett til å hindre utskiftingen, med mindre {{Grunnavtalen}}s bestemmelser om nøkkelpersonell gir slik rett. {{Grunnavtalen}}s bestemmelser om nøkkelpersonell gjelder for personer som også er nøkkelpersonell etter {{Grunnavtalen}}.

### Relasjonsansvarlige {#relationship-managers}

<#if managers?has_content && managers.customer?? && managers.supplier??>
{{Kunden}}s relasjonsansvarlige er ${managers.customer.name}<#if managers.customer.title??>, ${managers.customer.title}</#if>. {{Leverandøren}}s relasjonsansvarlige er ${managers.supplier.name}<#if managers.supplier.title??>, ${managers.supplier.title}</#if>.
<#elseif managers?has_content && managers.customer??>
{{Kunden}}s relasjonsansvarlige er ${managers.customer.name}<#if managers.customer.title??>, ${managers.customer.title}</#if>. {{Leverandøren}} skal utpeke sin relasjonsansvarlige og meddele {{Kunden}} navnet skriftlig før det første møtet i noe forum.
<#elseif managers?has_content && managers.supplier??>
{{Leverandøren}}s relasjonsansvarlige er ${managers.supplier.name}<#if managers.supplier.title??>, ${managers.supplier.title}</#if>. {{Kunden}} skal utpeke sin relasjonsansvarlige og meddele {{Leverandøren}} navnet skriftlig før det første møtet i noe forum.
<#elseif several>
Hver {{Side}} skal utpeke en relasjonsansvarlig og meddele den andre {{Side}}n navnet skriftlig før det første møtet i noe forum.
<#else>
Hver av {{Partene}} skal utpeke en relasjonsansvarlig og meddele den andre navnet skriftlig før det første møtet i noe forum.
</#if>
<#assign ownManagers = (sides.customer.signing + sides.supplier.signing)?filter(p -> (managers.parties[p.id])??)>
<#if managers?has_content && ownManagers?has_content>

I tillegg er <#list ownManagers as p><#assign person = managers.parties[p.id]>${person.name}<#if person.title??>, ${person.title},</#if> relasjonsansvarlig for ${p.party.shortName!p.party.name}<#sep><#if ownManagers?size - p?index == 2> og <#else>, </#if></#sep></#list>. Den relasjonsansvarlige for en enkelt {{Part}} er {{Part}}ens kontaktpunkt og holder den orientert, men det er {{Side}}ns relasjonsansvarlige som opptrer for {{Side}}n etter dette punkt. Der {{Avtalen}} ellers omtaler de relasjonsansvarlige, menes {{Kunden}}s og {{Leverandøren}}s relasjonsansvarlige.
</#if>

De relasjonsansvarlige er {{Partene}}s faste kontaktpunkt for samarbeidet. De skal i fellesskap forberede møtene i foraene, føre registrene etter {{Avtalen}}, sørge for at målingen av samarbeidets helse blir gjennomført og følge med på at prinsippene etterleves. Rollen kan kombineres med rollen som representant etter {{Grunnavtalen}}, men gir ikke i seg selv fullmakt til å endre noen av avtalene.

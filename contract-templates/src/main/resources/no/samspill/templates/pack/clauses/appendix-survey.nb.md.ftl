<#assign statements = {
  "reciprocity": ["Den andre parten gir like mye til samarbeidet som den får ut av det.",
                  "Min organisasjon stiller opp når den andre parten trenger det, også utover det som er strengt avtalt."],
  "autonomy":    ["Den andre parten respekterer at vi treffer beslutninger innenfor vårt eget ansvarsområde.",
                  "Min organisasjon unngår å bruke makt eller avhengighet til å presse frem egne løsninger."],
  "honesty":     ["Den andre parten deler dårlige nyheter, risikoer og egne feil tidlig.",
                  "Min organisasjon gir et riktig bilde av status, også når det er ubehagelig."],
  "loyalty":     ["Den andre parten handler til beste for samarbeidet og ikke bare for seg selv.",
                  "Min organisasjon unngår å utnytte uklarheter i avtalene til egen fordel."],
  "equity":      ["Kostnader, risiko og gevinster er rimelig fordelt mellom Partene.",
                  "Min organisasjon tar initiativ til å justere fordelingen når forholdene endrer seg."],
  "integrity":   ["Den andre parten gjør det den har sagt at den skal gjøre.",
                  "Min organisasjon følger prinsippene like godt i vanskelige perioder som i gode."]
}>
# Spørreskjema om samarbeidets helse {.appendix #appendix-survey}

Skjemaet brukes ved målingen etter punkt §[health-check]. <#if sides.customer.several || sides.supplier.several>Det besvares av deltakere fra både {{Kunden}} og {{Leverandøren}} på alle nivåer. Hver deltaker oppgir hvilken av {{Partene}} og hvilket nivå (strategisk, taktisk eller operativt) vedkommende tilhører, og vurderer hver påstand på en skala fra 1 (helt uenig) til 5 (helt enig). «Den andre parten» er {{Leverandøren}} for en deltaker fra {{Kunden}}, og {{Kunden}} for en deltaker fra {{Leverandøren}}. Resultatene vises etter punkt §[health-check]. En deltaker fra en underleverandør oppgir {{Leverandøren}} som tilhørighet.<#else>Det besvares av deltakere fra begge {{Partene}} på alle nivåer. Hver deltaker oppgir hvilken av {{Partene}} og hvilket nivå (strategisk, taktisk eller operativt) vedkommende tilhører, og vurderer hver påstand på en skala fra 1 (helt uenig) til 5 (helt enig). «Den andre parten» er den av {{Partene}} som deltakeren ikke tilhører.</#if>

| ${label("table.number")} | ${label("table.principle")} | ${label("table.statement")} | 1 | 2 | 3 | 4 | 5 |
|---|---|---|---|---|---|---|---|
<#assign number = 0>
<#list principles as principle>
<#if principle.standard>
<#list statements[principle.id] as statement>
<#assign number = number + 1>
| ${number} | ${label("principle.${principle.id}")} | ${statement} | | | | | |
</#list>
<#else>
<#assign number = number + 1>
| ${number} | ${principle.title} | Den andre parten handler i samsvar med prinsippet «${principle.title}». | | | | | |
<#assign number = number + 1>
| ${number} | ${principle.title} | Min organisasjon handler i samsvar med prinsippet «${principle.title}». | | | | | |
</#if>
</#list>
<#assign number = number + 1>
| ${number} | ${label("table.vision")} | Samarbeidet beveger seg mot den felles visjonen i punkt §[vision]. | | | | | |
<#-- Cooperation within a side is asked about only where a side has several parties, and only of that side. -->
<#if sides.customer.several || sides.supplier.several>
<#assign number = number + 1>
| ${number} | ${label("table.withinSide")} | {{Partene}} på min {{Side}} samarbeider godt seg imellom og holder hverandre orientert. | | | | | |

<#if !(sides.customer.several && sides.supplier.several)>Påstand ${number} besvares bare av deltakere fra <#if sides.customer.several>{{Kunden}}<#else>{{Leverandøren}}</#if>. </#if>Resultatet for påstand ${number} vises etter punkt §[health-check] på samme måte som resultatene for de andre påstandene, men følges opp av {{Partene}} på den aktuelle {{Side}}n seg imellom, jf. punkt §[sides].
</#if>

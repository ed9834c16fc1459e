### Autonomi {#autonomy}

Hver av {{Partene}} treffer selv beslutninger innenfor sitt eget ansvarsområde. Ingen av dem skal bruke makt, avhengighet eller informasjonsovertak til å presse den andre til valg som strider mot dens berettigede interesser.

I praksis innebærer det at

<#if "${base.code}" == "SSA-B">
- {{Kunden}} leder og prioriterer arbeidet etter {{Grunnavtalen}}, og {{Leverandøren}} skal si fra når en instruks etter {{Leverandøren}}s faglige vurdering ikke er egnet til å nå målene; {{Kunden}} skal ikke bruke trusselen om avslutning eller ny konkurranse til å oppnå innrømmelser utenfor endringsprosessen,
<#elseif "${base.code}" == "SSA-S">
- {{Kunden}} prioriterer, gjennom sin produkteier, hva som skal utvikles, mens {{Leverandøren}} innenfor rammene i {{Grunnavtalen}} og den avtalte utviklingsmetoden bestemmer hvordan arbeidet utføres; {{Kunden}} skal ikke bruke trusselen om avslutning eller ny konkurranse til å oppnå innrømmelser utenfor endringsprosessen,
<#else>
- {{Kunden}} skal overlate til {{Leverandøren}} å bestemme hvordan leveransene utføres, innenfor rammene i {{Grunnavtalen}}, og ikke bruke trusselen om avslutning eller ny konkurranse til å oppnå innrømmelser utenfor endringsprosessen,
</#if>
- {{Leverandøren}} skal respektere {{Kunden}}s ansvar for egen virksomhet og egne prioriteringer, og ikke utnytte at {{Kunden}} er ${sides.customer.several?then("avhengige", "avhengig")} av leveransene, dataene eller kompetansen, og
- saker som etter {{Avtalen}} skal avgjøres i fellesskap, behandles i foraene; dette begrenser ikke en {{Part}}s rett til alene å treffe beslutninger og utøve rettigheter etter {{Grunnavtalen}}.

Autonomien sikres gjennom beslutningsreglene i punkt §[forums], regelen om at en sak i eskaleringsstigen etter punkt §[escalation] bare løses ved enighet eller ved beslutning i forumet, og pliktene ved avslutning etter punkt §[exit], som hindrer at {{Kunden}} blir bundet til {{Leverandøren}}.

### Autonomi {#autonomy}

Hver av {{Partene}} treffer selv beslutninger innenfor sitt eget ansvarsområde. Ingen av dem skal bruke makt, avhengighet eller informasjonsovertak til å presse den andre til valg som strider mot dens berettigede interesser.

I praksis innebærer det at

- {{Kunden}} skal overlate til {{Leverandøren}} å bestemme hvordan leveransene utføres, innenfor rammene i {{Grunnavtalen}}, og ikke bruke trusselen om avslutning eller ny konkurranse til å oppnå innrømmelser utenfor endringsprosessen,
- {{Leverandøren}} skal respektere {{Kunden}}s ansvar for egen virksomhet og egne prioriteringer, og ikke utnytte at {{Kunden}} er avhengig av leveransene, dataene eller kompetansen, og
- begge {{Partene}} skal treffe beslutninger som angår dem begge, i fellesskap i foraene og ikke hver for seg.

Autonomien sikres gjennom beslutningsreglene i punkt §[forums], regelen om at ingen av {{Partene}} har siste ord i eskaleringsstigen etter punkt §[escalation], og pliktene ved avslutning etter punkt §[exit], som hindrer at {{Kunden}} blir bundet til {{Leverandøren}}.

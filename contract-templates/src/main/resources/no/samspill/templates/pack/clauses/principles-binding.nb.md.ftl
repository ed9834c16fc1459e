<#assign tendered = "${(contract.procurement.regulation)!'general'}" != "none">
<#assign ownPrinciples = principles?filter(p -> !p.standard || p.application??)?has_content>
## Prinsippenes rettslige betydning {#principles-binding}

Prinsippene i punkt §[principles]<#if principles?filter(p -> p.application??)?has_content>, med {{Partene}}s beskrivelser av hvordan de anvendes i dette samarbeidet,</#if> er en del av {{Avtalen}}. {{Partene}} skal oppfylle sine forpliktelser etter {{Avtalen}} i samsvar med dem.

Prinsippene gir innhold til den alminnelige lojalitetsplikten i kontraktsforhold slik den gjelder mellom {{Partene}}. Ved tolkning og utfylling av {{Avtalen}} og {{Grunnavtalen}} skal prinsippene tillegges vekt så langt det er forenlig med ordlyden i {{Grunnavtalen}} med bilag,<#if tendered> med konkurransegrunnlaget</#if> og med {{Partene}}s plikter etter lov.

Prinsippene begrenser ikke en {{Part}}s adgang til å gjøre gjeldende rettigheter og sanksjoner etter {{Grunnavtalen}} ut over det som allerede følger av den alminnelige lojalitetsplikten, og de gir ingen av {{Partene}} krav på vederlag, frister eller andre ytelser ut over det som følger av {{Grunnavtalen}} og de øvrige bestemmelsene i {{Avtalen}}. Beskrivelsene av hva prinsippene innebærer i praksis, er retningslinjer for {{Partene}}s opptreden. Et avvik fra et prinsipp gir ikke i seg selv grunnlag for erstatning, prisavslag, tilbakehold eller heving.<#if ownPrinciples> Prinsipper og anvendelser som {{Partene}} selv har formulert, endrer ikke fordelingen av rettigheter og plikter etter {{Grunnavtalen}}.</#if><#if baseChanges?seq_contains("interpretation")> {{Partene}} har i tillegg avtalt at prinsippene skal legges til grunn ved tolkningen og utfyllingen av {{Grunnavtalen}}. Dette er en endring av {{Grunnavtalen}}, og den er tatt inn i punkt §[amendment-interpretation].</#if>

Mener en {{Part}} at den andre {{Part}}en ikke handler i samsvar med prinsippene, skal den ta saken opp etter punkt §[escalation]. Virkningene av at en {{Part}} ikke oppfyller {{Avtalen}}, følger av punkt §[breach].

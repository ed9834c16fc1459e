## Prinsippenes rettslige betydning {#principles-binding}

Prinsippene i punkt §[principles]<#if principles?filter(p -> p.application??)?has_content>, med {{Partene}}s beskrivelser av hvordan de anvendes i dette samarbeidet,</#if> er en del av {{Avtalen}}. {{Partene}} skal oppfylle sine forpliktelser etter {{Avtalen}} i samsvar med dem.

Prinsippene gir innhold til den alminnelige lojalitetsplikten i kontraktsforhold slik den gjelder mellom {{Partene}}. Ved tolkning og utfylling av {{Avtalen}} og {{Grunnavtalen}} skal prinsippene tillegges vekt så langt det er forenlig med ordlyden i {{Grunnavtalen}} med bilag, med konkurransegrunnlaget og med {{Partene}}s plikter etter lov.

Prinsippene begrenser ikke en {{Part}}s adgang til å gjøre gjeldende rettigheter og sanksjoner etter {{Grunnavtalen}} ut over det som allerede følger av den alminnelige lojalitetsplikten, og de gir ingen av {{Partene}} krav på mer enn {{Avtalen}} og {{Grunnavtalen}} gir grunnlag for.<#if baseChanges?seq_contains("interpretation")> {{Partene}} har i tillegg avtalt at prinsippene skal gjelde ved tolkningen av {{Grunnavtalen}}. Dette er en endring av {{Grunnavtalen}}, og den er tatt inn i punkt §[amendment-interpretation].</#if>

Mener en {{Part}} at den andre {{Part}}en ikke handler i samsvar med prinsippene, skal den ta saken opp etter punkt §[escalation]. Virkningene av at en {{Part}} ikke oppfyller {{Avtalen}}, følger av punkt §[breach].

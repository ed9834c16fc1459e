### Lojalitet {#loyalty}

{{Partene}} skal handle til beste for samarbeidet og de felles målene, ikke bare for seg selv. Ingen av dem skal utnytte hull eller uklarheter i avtalene. Lojaliteten gjelder samarbeidet og innebærer ikke at noen av {{Partene}} må gi avkall på sine berettigede interesser.

I praksis innebærer det at

- {{Kunden}} skal utøve sine rettigheter etter {{Grunnavtalen}}, herunder sanksjoner og endringsordrer, i samsvar med formålet med dem og med tanke på {{Leverandøren}}s berettigede interesser,
- {{Leverandøren}} skal si fra om uklarheter og mangler i {{Kunden}}s krav så snart de oppdages, i stedet for å bruke dem som grunnlag for senere tilleggskrav, og
- begge {{Partene}} skal ta opp uklarheter i avtalene når de blir kjent med dem, og søke en løsning som tjener samarbeidet.

Lojaliteten er grunnlaget for at prinsippene er tolknings- og utfyllingsnormer etter punkt §[principles-binding], og den gjøres virksom ved at uklarheter løses etter punkt §[changes] og uenighet etter punkt §[escalation].

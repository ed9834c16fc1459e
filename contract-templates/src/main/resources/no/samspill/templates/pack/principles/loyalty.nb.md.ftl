### Lojalitet {#loyalty}

{{Partene}} skal handle til beste for samarbeidet og de felles målene, ikke bare for seg selv. Ingen av dem skal utnytte hull eller uklarheter i avtalene. Lojaliteten gjelder samarbeidet og innebærer ikke at noen av {{Partene}} må gi avkall på sine berettigede interesser.

I praksis innebærer det at

- hver av {{Partene}} skal utøve sine rettigheter etter {{Grunnavtalen}}, herunder sanksjoner, endringsordrer og krav, i samsvar med formålet med dem og med rimelig hensyn til den andre {{Part}}ens berettigede interesser,
- {{Leverandøren}} skal si fra om uklarheter og mangler i {{Kunden}}s krav så snart de oppdages, og {{Kunden}} skal si fra om uklarheter og mangler i {{Leverandøren}}s løsninger og leveranser så snart de oppdages, i stedet for å bruke dem som grunnlag for senere krav, og
- hver av {{Partene}} skal ta opp uklarheter i avtalene når den blir kjent med dem, og søke en løsning som tjener samarbeidet.

Dette begrenser ikke retten til å gjøre gjeldende rettigheter og sanksjoner etter {{Grunnavtalen}}, jf. punkt §[principles-binding]. Lojaliteten gjøres virksom ved at uklarheter løses etter punkt §[changes] og uenighet etter punkt §[escalation].

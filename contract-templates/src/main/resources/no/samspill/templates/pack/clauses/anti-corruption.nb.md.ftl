## Antikorrupsjon og interessekonflikter {#anti-corruption}

Ingen av {{Partene}} skal gi eller tilby noen en utilbørlig fordel, eller for seg eller andre kreve, motta eller akseptere en utilbørlig fordel eller et tilbud om en slik fordel, i forbindelse med {{Avtalen}}, jf. straffeloven §§ 387 til 389. Hver {{Part}} skal sørge for at egne ansatte, underleverandører og andre som opptrer på dens vegne, overholder dette punkt.

Et medlem av et forum, en relasjonsansvarlig eller en annen person som opptrer for en {{Part}} etter {{Avtalen}}, skal opplyse om forhold som kan svekke tilliten til vedkommendes upartiskhet i en sak. Er forholdet egnet til å svekke tilliten til vedkommendes upartiskhet, skal vedkommende ikke delta i behandlingen av saken dersom den andre {{Part}}en ber om det. For {{Kunden}}s ansatte gjelder i tillegg reglene om habilitet i forvaltningsloven der loven gjelder.

Regulerer {{Grunnavtalen}} disse forholdene, gjelder {{Grunnavtalen}}, og dette punkt utfyller den.

## Antikorrupsjon og interessekonflikter {#anti-corruption}

Ingen av {{Partene}} skal tilby, gi, kreve eller motta en utilbørlig fordel i forbindelse med {{Avtalen}}, jf. straffeloven §§ 387 til og med 389.

Et medlem av et forum, en relasjonsansvarlig eller en annen person som opptrer for en {{Part}} etter {{Avtalen}}, skal opplyse om forhold som kan svekke tilliten til vedkommendes upartiskhet i en sak. Vedkommende skal ikke delta i behandlingen av saken dersom den andre {{Part}}en ber om det. For {{Kunden}}s ansatte gjelder i tillegg reglene om habilitet i forvaltningsloven der loven gjelder.

Regulerer {{Grunnavtalen}} disse forholdene, gjelder {{Grunnavtalen}}, og dette punkt utfyller den.

### Integritet {#integrity}

{{Partene}} skal opptre konsekvent: de skal gjøre det de har sagt, og anvende prinsippene likt i gode og vanskelige tider, slik at den andre kan forutse hvordan de vil handle.

I praksis innebærer det at

- {{Kunden}} skal følge opp de beslutningene som er truffet i foraene, også når personene i rollene skiftes ut,
- {{Leverandøren}} skal gjennomføre avtalte tiltak innen fristene og sikre kontinuitet når nøkkelpersoner skiftes ut, og
- begge {{Partene}} skal gjøre nye medarbeidere i samarbeidet kjent med {{Avtalen}} og prinsippene.

Integriteten følges opp gjennom referatene med tiltak, ansvarlige og frister etter punkt §[meetings], kravet om at nye medlemmer gjøres kjent med {{Avtalen}} etter punkt §[forums] og den periodiske gjennomgangen etter punkt §[review].

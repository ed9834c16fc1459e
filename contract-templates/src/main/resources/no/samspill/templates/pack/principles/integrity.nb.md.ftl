### Integritet {#integrity}

{{Partene}} skal opptre konsekvent: de skal gjøre det de har sagt, og anvende prinsippene likt i gode og vanskelige tider, slik at hver av dem kan forutse hvordan den andre vil handle.

I praksis innebærer det at

- {{Kunden}} skal følge opp de beslutningene som er truffet i foraene, også når personene i rollene skiftes ut,
- {{Leverandøren}} skal gjennomføre avtalte tiltak innen fristene og sikre kontinuitet når nøkkelpersoner skiftes ut, og
- hver av {{Partene}} skal gjøre nye medarbeidere i samarbeidet kjent med {{Avtalen}} og prinsippene.

Integriteten følges opp gjennom referatene med tiltak, ansvarlige og frister etter punkt §[meetings], kravet om at nye medlemmer gjøres kjent med {{Avtalen}} etter punkt §[forums] og gjennomgangen av {{Avtalen}} etter punkt §[review].

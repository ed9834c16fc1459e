## Tidlig varsling {#early-warning}

### Plikt til å varsle

Hver av {{Partene}} skal varsle den andre skriftlig uten ugrunnet opphold når den blir kjent med forhold som kan få betydning for måloppnåelsen etter punkt §[objectives], for tid, kostnad eller kvalitet i ytelsene etter {{Grunnavtalen}}, eller for samarbeidet mellom {{Partene}}. Plikten gjelder også forhold på egen side, herunder egne feil. Varselet sendes til mottakerens relasjonsansvarlige og skal beskrive forholdet, de mulige følgene og forslag til tiltak.

At en av {{Partene}} har varslet, skal ikke i seg selv anses som en erkjennelse av ansvar. Et varsel etter dette punkt kommer i tillegg til varsler som {{Grunnavtalen}} krever, og oppfyller en varslingsplikt etter {{Grunnavtalen}} bare dersom det også tilfredsstiller kravene der.

### Felles varslingsregister

De relasjonsansvarlige skal føre et felles register over varslene. For hvert varsel registreres dato, hvem som varslet, beskrivelse, mulige følger, avtalte tiltak med ansvarlig og frist, og status. Registeret skal være tilgjengelig for begge {{Partene}} til enhver tid.

### Varslingsmøte

Senest ${governance.earlyWarning.meetingWithinDays} kalenderdager etter at et varsel er mottatt, skal de relasjonsansvarlige, sammen med de personene hos hver av {{Partene}} som saken krever, holde et møte for å vurdere varselet og avtale tiltak. Blir de ikke enige om tiltak, behandles saken etter punkt §[escalation].

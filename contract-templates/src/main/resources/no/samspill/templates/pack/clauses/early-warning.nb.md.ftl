## Tidlig varsling {#early-warning}

### Plikt til å varsle

Hver av {{Partene}} skal varsle den andre {{Part}}en skriftlig uten ugrunnet opphold når den blir kjent med forhold som kan få betydning for måloppnåelsen etter punkt §[objectives], for tid, kostnad eller kvalitet i ytelsene etter {{Grunnavtalen}}, eller for samarbeidet mellom {{Partene}}. Plikten gjelder også forhold på egen side, herunder egne feil. Varselet sendes til mottakerens relasjonsansvarlige og skal beskrive forholdet, de mulige følgene og forslag til tiltak.

Et varsel etter dette punkt kommer i tillegg til varsler som {{Grunnavtalen}} krever, og oppfyller en varslingsplikt etter {{Grunnavtalen}} bare dersom det også tilfredsstiller kravene der.

### Følger av at varsel ikke gis

Har en {{Part}} ikke varslet etter dette punkt, kan det tillegges vekt når krav fra den {{Part}}en på tilleggsfrist, tilleggsvederlag eller erstatning etter {{Grunnavtalen}} vurderes, etter endringen i punkt §[amendment-claims]. De følgene {{Grunnavtalen}} selv knytter til at et varsel ikke er gitt, gjelder i tillegg.

### Opplysninger i samarbeidet er ikke erkjennelser {#no-admission}

At en {{Part}} har varslet, og det en {{Part}} opplyser eller anfører i et varsel, i registrene etter {{Avtalen}}, i målingen av samarbeidets helse eller i behandlingen av en sak i eskaleringsstigen, er ikke i seg selv en erkjennelse av ansvar eller et frafall av rettigheter.

### Felles varslingsregister

De relasjonsansvarlige skal føre et felles register over varslene. For hvert varsel registreres dato, hvem som varslet, beskrivelse, mulige følger, avtalte tiltak med ansvarlig og frist, og status. Registeret skal være tilgjengelig for begge {{Partene}} til enhver tid og er omfattet av taushetsplikten etter punkt §[confidentiality].

### Varslingsmøte

Senest ${fmt.count(governance.earlyWarning.meetingWithinDays)} kalenderdager etter at et varsel er mottatt, skal de relasjonsansvarlige, sammen med de personene hos hver av {{Partene}} som saken krever, holde et møte for å vurdere varselet og avtale tiltak. Blir de ikke enige om tiltak, behandles saken etter punkt §[escalation].

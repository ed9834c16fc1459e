## Felles visjon {#vision}

Partene har følgende felles visjon for samarbeidet:

<@text vision/>

Visjonen er retningsgivende for hvordan avtalen skal forstås og praktiseres. Den gir ikke i seg selv rettigheter eller plikter.

## Felles visjon {#vision}

{{Partene}} har i fellesskap formulert denne visjonen for samarbeidet:

<@text vision/>

Visjonen angir retningen for samarbeidet og er ikke i seg selv en resultatforpliktelse. {{Partene}} skal la seg veilede av den når de prioriterer, vurderer endringer etter punkt §[changes] og tolker {{Avtalen}}.

<#assign hasCommitments = !expectations.isEmpty()>
## Mislighold av Avtalen {#breach}

### Hva som er mislighold

En {{Part}} misligholder {{Avtalen}} når den ikke oppfyller en forpliktelse etter {{Avtalen}}, for eksempel<#if hasCommitments> en forpliktelse etter punkt §[expectations],</#if> plikten til å varsle etter punkt §[early-warning] eller en plikt ved avslutning og overgang etter punkt §[exit]. At et mål i punkt §[objectives] ikke nås, er ikke i seg selv mislighold. Et avvik fra prinsippene i punkt §[principles] er mislighold bare når det også er brudd på en annen forpliktelse etter {{Avtalen}} eller {{Grunnavtalen}}; ellers behandles det bare etter punkt §[escalation].

### Behandling av mislighold

Mener en {{Part}} at den andre {{Part}}en misligholder {{Avtalen}}, skal den gi skriftlig melding om det til den andre {{Part}}ens relasjonsansvarlige, og saken skal behandles etter punkt §[escalation]. Der misligholdet kan rettes gjennom en endring av samarbeidet, skal {{Partene}} vurdere en slik endring etter punkt §[changes].

### Beføyelser og ansvarsbegrensning

For mislighold av {{Avtalen}} gjelder {{Grunnavtalen}}s bestemmelser om mislighold, herunder om erstatning og begrensning av ansvar, tilsvarende. Dagbøter, standardiserte kompensasjoner og prisavslag etter {{Grunnavtalen}} inntrer bare for de ytelsene og fristene {{Grunnavtalen}} fastsetter dem for. Mislighold av {{Avtalen}} gir ikke i seg selv rett til å heve {{Grunnavtalen}}; heving forutsetter vesentlig mislighold av forpliktelser etter {{Grunnavtalen}}. {{Avtalen}} kan ikke sies opp eller heves alene.

### Forholdet til ytelsene etter Grunnavtalen

<#if hasCommitments>
Forpliktelsene etter punkt §[expectations] inngår ikke i {{Kunden}}s medvirkningsplikt eller i {{Leverandøren}}s ytelser etter {{Grunnavtalen}}, med mindre de er tatt inn i {{Grunnavtalen}}. At en {{Part}} ikke har oppfylt en slik forpliktelse, kan likevel tillegges vekt når krav på tilleggsfrist, tilleggsvederlag eller erstatning etter {{Grunnavtalen}} vurderes, etter endringen i punkt §[amendment-claims].

</#if>
{{Avtalen}} begrenser ikke {{Partene}}s rettigheter og plikter etter {{Grunnavtalen}}. En {{Part}} kan gjøre gjeldende beføyelser etter {{Grunnavtalen}} uten først å ha behandlet saken etter {{Avtalen}}.

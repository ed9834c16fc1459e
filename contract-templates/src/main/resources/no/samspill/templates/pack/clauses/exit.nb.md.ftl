<#assign exitTerms = governance.exit!>
<#assign planMonths = (exitTerms.transitionPlanMonths)!0>
## Avslutning og overgang {#exit}

### Før avtaleforholdet avsluttes

Vurderer en {{Part}} å si opp eller avbestille {{Grunnavtalen}} uten at den andre {{Part}}en har misligholdt, eller å la være å forlenge den, skal den legge frem grunnene for ${fmt.forum(forums.approving)} så tidlig som mulig, slik at den andre {{Part}}en får anledning til å foreslå tiltak. At dette ikke er gjort, gjør ikke oppsigelsen eller avbestillingen ugyldig og forlenger ingen frist.<#if baseChanges?seq_contains("notice")> Fristen for varsel om oppsigelse og avbestilling følger av endringen i punkt §[amendment-notice].</#if> {{Grunnavtalen}}s bestemmelser om heving gjelder uendret.

### Felles avslutnings- og overgangsplan

{{Partene}} skal i fellesskap utarbeide en avslutnings- og overgangsplan som skal være ferdig <#if planMonths gt 0><#if contract.date??>innen ${fmt.date(fmt.plusMonths(contract.date, planMonths))}<#else>senest ${fmt.months(planMonths)} etter at {{Avtalen}} er signert</#if><#else>før den første gjennomgangen etter punkt §[review]</#if>. {{Leverandøren}} skal utarbeide utkastet, og {{Kunden}} skal gi de opplysningene planen krever, og angi sine krav til planen. Planen skal beskrive aktivitetene, ansvaret og tidsplanen for å overføre leveransene til {{Kunden}} eller en ny leverandør, herunder overføring av data, dokumentasjon og kunnskap, hvilke lisenser og bruksretter {{Kunden}} trenger i overgangen og hvordan de sikres, håndtering av tredjepartsavtaler, eventuell parallelldrift og kostnadene ved overgangen. Planen skal godkjennes av ${fmt.forum(forums.approving)} og oppdateres ved hver gjennomgang etter punkt §[review].

### Samarbeid med ny leverandør

Ved avslutning skal {{Leverandøren}} samarbeide lojalt med {{Kunden}} og med en ny leverandør slik at overgangen skjer uten unødig avbrudd. {{Leverandøren}} skal gi de opplysningene som trengs for å planlegge overgangen og for å gjennomføre en ny anskaffelse, innenfor rammene av taushetsplikten etter punkt §[confidentiality].

### Overføring og sletting av data

Med «{{Kunden}}s data» menes i dette punkt data som {{Kunden}}, eller brukere på {{Kunden}}s vegne, har lagt inn i eller fått behandlet i løsningene etter {{Grunnavtalen}}, sammen med de metadataene og konfigurasjonsdataene som trengs for å ta dataene i bruk.

{{Leverandøren}} skal overføre {{Kunden}}s data i et dokumentert, alminnelig brukt og maskinlesbart format, sammen med dokumentasjonen som trengs for å ta dataene i bruk, innen 30 dager etter at {{Kunden}} skriftlig har bedt om det, og slik at overføringen er fullført før avtaleforholdet opphører, med mindre planen fastsetter noe annet. Kunnskap overføres i samsvar med planen. {{Kunden}} skal i tide treffe de beslutningene og gi den tilgangen som overgangen krever.

Når {{Kunden}} skriftlig har bekreftet at overføringen er fullført, skal {{Leverandøren}} innen 30 dager slette {{Kunden}}s data, også sikkerhetskopier, og skriftlig bekrefte at det er gjort. Krever lov at data oppbevares, skal {{Leverandøren}} i bekreftelsen opplyse hvilke data som oppbevares og på hvilket grunnlag, og slette dem når plikten faller bort. Fastsetter {{Grunnavtalen}} eller en databehandleravtale mellom {{Partene}} andre frister eller krav for overføring eller sletting, gjelder de.

### Vederlag for bistand ved overgangen

Vederlaget for {{Leverandøren}}s bistand ved overgangen følger av {{Grunnavtalen}}s prisbestemmelser. Fastsetter {{Grunnavtalen}} ikke vederlag for slik bistand, skal vederlaget avtales etter {{Grunnavtalen}}s endringsregler før arbeidet begynner, jf. punkt §[changes].

### Evaluering

{{Partene}} skal innen tre måneder etter at overgangen er gjennomført, holde et felles evalueringsmøte om hva som kan læres av samarbeidet.

<#assign approvalForum = governance.forums[0]>
<#list governance.forums as forum><#if "${forum.level}" == "tactical"><#assign approvalForum = forum><#break></#if></#list>
<#list governance.forums as forum><#if "${forum.level}" == "strategic"><#assign approvalForum = forum><#break></#if></#list>
<#assign exitTerms = governance.exit!>
## Avslutning og overgang {#exit}

### Varsel om avslutning

Før en av {{Partene}} sier opp eller avbestiller uten at den andre har misligholdt, skal den ha lagt frem grunnene for ${approvalForum.name}, slik at den andre får anledning til å foreslå tiltak.<#if exitTerms?has_content && exitTerms.noticeMonths??> Der {{Grunnavtalen}} gir adgang til å avslutte avtaleforholdet før avtaleperioden utløper, skal det varsles skriftlig med minst ${exitTerms.noticeMonths} måneders frist, med mindre {{Grunnavtalen}} fastsetter en lengre frist. En slik frist går foran en kortere frist i {{Grunnavtalen}}s generelle avtaletekst bare dersom den er tatt inn i {{Grunnavtalen}}s <#if base.changesAppendix??>bilag ${base.changesAppendix} om endringer i den generelle avtaleteksten<#else>bilag for endringer i den generelle avtaleteksten</#if>.</#if> {{Grunnavtalen}}s bestemmelser om heving gjelder uendret.

### Felles avslutnings- og overgangsplan

{{Partene}} skal i fellesskap utarbeide en avslutnings- og overgangsplan som skal være ferdig <#if exitTerms?has_content && exitTerms.transitionPlanMonths??>senest ${exitTerms.transitionPlanMonths} måneder etter at {{Avtalen}} er signert<#if contract.date??>, det vil si innen ${fmt.date(fmt.plusMonths(contract.date, exitTerms.transitionPlanMonths))}</#if><#else>før den første gjennomgangen etter punkt §[review]</#if>. {{Leverandøren}} skal utarbeide utkastet, og {{Kunden}} skal gi de opplysningene og stille de kravene som planen krever. Planen skal beskrive aktivitetene, ansvaret og tidsplanen for å overføre leveransene til {{Kunden}} eller en ny leverandør, herunder overføring av data, dokumentasjon og kunnskap, håndtering av lisenser og tredjepartsavtaler, eventuell parallelldrift og kostnadene ved overgangen. Planen skal godkjennes av ${approvalForum.name} og oppdateres ved hver gjennomgang etter punkt §[review].

### Samarbeid med ny leverandør

Ved avslutning skal {{Leverandøren}} samarbeide lojalt med {{Kunden}} og med en ny leverandør slik at overgangen skjer uten unødig avbrudd. {{Leverandøren}} skal gi de opplysningene som trengs for å planlegge overgangen og for å gjennomføre en ny anskaffelse. Vederlaget for bistanden følger av {{Grunnavtalen}}s prisbestemmelser.

### Overføring av data og kunnskap

{{Leverandøren}} skal overføre {{Kunden}}s data i et dokumentert, alminnelig brukt og maskinlesbart format, sammen med dokumentasjonen som trengs for å ta dataene i bruk, og overføre kunnskap i samsvar med planen. Når {{Kunden}} skriftlig har bekreftet at overføringen er fullført, skal {{Leverandøren}} slette {{Kunden}}s data, med mindre lov krever at de oppbevares. {{Kunden}} skal i tide treffe de beslutningene og gi den tilgangen som overgangen krever.

### Evaluering

{{Partene}} skal innen tre måneder etter at overgangen er gjennomført, holde et felles evalueringsmøte om hva som kan læres av samarbeidet. Forpliktelsene i dette punkt gjelder til overgangen og evalueringen er gjennomført, også om {{Avtalen}} for øvrig har opphørt.

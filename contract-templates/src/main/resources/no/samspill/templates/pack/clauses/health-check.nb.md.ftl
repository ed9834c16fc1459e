<#assign reportForum = governance.forums[0]>
<#list governance.forums as forum><#if "${forum.level}" == "tactical"><#assign reportForum = forum><#break></#if></#list>
<#assign strategicForum = "">
<#list governance.forums as forum><#if "${forum.level}" == "strategic"><#assign strategicForum = forum><#break></#if></#list>
## Måling av samarbeidets helse {#health-check}

### Hyppighet og gjennomføring

<#if governance.healthCheck??>
{{Partene}} skal måle samarbeidets helse ${fmt.frequency(governance.healthCheck.frequency)}.
<#else>
{{Partene}} skal måle samarbeidets helse minst halvårlig.
</#if>
Målingen skal omfatte begge {{Partene}} og personer på alle nivåer i samarbeidet, minst medlemmene av alle foraene i punkt §[forums]. Hver deltaker vurderer påstandene i vedlegg §[appendix-survey] på en skala fra 1 (helt uenig) til 5 (helt enig).

<#if governance.healthCheck?? && "${governance.healthCheck.method}" == "workshop">
Målingen gjennomføres som en felles arbeidssamling. Deltakerne gir sin vurdering hver for seg før samlingen, og resultatene drøftes i fellesskap på samlingen. De relasjonsansvarlige skal lede samlingen, med mindre {{Partene}} blir enige om å bruke en nøytral tilrettelegger.
<#else>
Målingen gjennomføres som en spørreundersøkelse. De relasjonsansvarlige skal sende ut undersøkelsen og sammenstille svarene. Enkeltsvar behandles fortrolig, og bare samlede resultater deles.
</#if>

### Resultater

Resultatet beregnes som gjennomsnittet per prinsipp for hver av {{Partene}}. Forskjeller mellom {{Partene}}s vurderinger er et funn i seg selv og skal drøftes. De relasjonsansvarlige skal legge resultatene frem i det første møtet i ${reportForum.name}<#if strategicForum?has_content && strategicForum.id != reportForum.id> og i ${strategicForum.name}</#if> etter målingen.

### Handlingsplan

Er gjennomsnittet for et prinsipp lavere enn 3,0 hos en av {{Partene}}, eller avviker {{Partene}}s gjennomsnitt for samme prinsipp med 1,0 eller mer, skal ${reportForum.name} innen 30 dager etter at resultatene er lagt frem for forumet, vedta en handlingsplan med tiltak, ansvarlige og frister. Virkningen av planen skal vurderes ved neste måling.

## Måling av samarbeidets helse {#health-check}

### Hyppighet og gjennomføring

<#if governance.healthCheck??>
{{Partene}} skal måle samarbeidets helse ${fmt.frequency(governance.healthCheck.frequency)}.
<#else>
{{Partene}} skal måle samarbeidets helse minst halvårlig.
</#if>
Målingen skal omfatte begge {{Partene}} og personer på alle nivåer i samarbeidet, minst medlemmene av alle foraene i punkt §[forums]. Hver deltaker vurderer påstandene i vedlegg §[appendix-survey] på en skala fra 1 (helt uenig) til 5 (helt enig).

<#if governance.healthCheck?? && "${governance.healthCheck.method}" == "workshop">
Målingen gjennomføres som en felles arbeidssamling. Deltakerne gir sin vurdering hver for seg før samlingen, til en person eller virksomhet som begge {{Partene}} har godtatt, og resultatene drøftes i fellesskap på samlingen. Samlingen ledes av en nøytral tilrettelegger dersom en av {{Partene}} ber om det, og ellers av de relasjonsansvarlige.
<#else>
Målingen gjennomføres som en spørreundersøkelse. Undersøkelsen sendes ut, og svarene samles inn og sammenstilles, av en person eller virksomhet som begge {{Partene}} har godtatt, og som ikke gir noen av {{Partene}} tilgang til enkeltsvar.
</#if>

### Fortrolighet

Hver av {{Partene}} skal utpeke minst fem deltakere til målingen. Enkeltsvar er fortrolige og skal ikke kunne knyttes til den som har svart. Resultater for en {{Part}} eller for et nivå hos en {{Part}} vises bare når minst fem personer i gruppen har svart; for et nivå med færre svar inngår svarene bare i resultatet for {{Part}}en som helhet. Har en {{Part}} likevel færre enn fem svar, vises bare det samlede resultatet for begge {{Partene}}, og punkt §[health-check-action] anvendes på det. Svarene og resultatene er omfattet av punkt §[confidentiality], og punkt §[no-admission] gjelder for det som kommer frem i målingen.

### Resultater

Resultatet beregnes som gjennomsnittet per prinsipp for hver av {{Partene}}. Forskjeller mellom {{Partene}}s vurderinger er et funn i seg selv og skal drøftes. De relasjonsansvarlige skal legge resultatene frem i det første møtet i ${fmt.forum(forums.reporting)}<#if forums.hasSeparateStrategic()> og i ${fmt.forum(forums.strategic)}</#if> etter målingen.

### Handlingsplan {#health-check-action}

Er gjennomsnittet for et prinsipp lavere enn 3,0 hos en av {{Partene}}, eller avviker {{Partene}}s gjennomsnitt for samme prinsipp med 1,0 eller mer, skal ${fmt.forum(forums.reporting)} innen 30 dager etter at resultatene er lagt frem for forumet, vedta en handlingsplan med tiltak, ansvarlige og frister. Virkningen av planen skal vurderes ved neste måling.

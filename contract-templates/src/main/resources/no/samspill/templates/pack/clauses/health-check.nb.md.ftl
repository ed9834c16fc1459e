<#-- With several parties on a side, results are shown per side and, where five have answered, per party; the sides are compared as the two parties are. -->
<#assign several = sides.customer.several || sides.supplier.several>
## Måling av samarbeidets helse {#health-check}

### Hyppighet og gjennomføring

<#if governance.healthCheck??>
{{Partene}} skal måle samarbeidets helse ${fmt.frequency(governance.healthCheck.frequency)}.
<#else>
{{Partene}} skal måle samarbeidets helse minst halvårlig.
</#if>
Målingen skal omfatte ${several?then("alle", "begge")} {{Partene}} og personer på alle nivåer i samarbeidet, minst medlemmene av alle foraene i punkt §[forums]. Hver deltaker vurderer påstandene i vedlegg §[appendix-survey] på en skala fra 1 (helt uenig) til 5 (helt enig).

<#if governance.healthCheck?? && "${governance.healthCheck.method}" == "workshop">
Målingen gjennomføres som en felles arbeidssamling. Deltakerne gir sin vurdering hver for seg før samlingen, til en person eller virksomhet som ${several?then("alle", "begge")} {{Partene}} har godtatt, og resultatene drøftes i fellesskap på samlingen. Samlingen ledes av en nøytral tilrettelegger dersom en av {{Partene}} ber om det, og ellers av de relasjonsansvarlige.
<#else>
Målingen gjennomføres som en spørreundersøkelse. Undersøkelsen sendes ut, og svarene samles inn og sammenstilles, av en person eller virksomhet som ${several?then("alle", "begge")} {{Partene}} har godtatt, og som ikke gir noen av {{Partene}} tilgang til enkeltsvar.
</#if>

### Fortrolighet

<#if several>
Hver {{Side}} skal utpeke minst fem deltakere til målingen, og hver av {{Partene}} minst én. Enkeltsvar er fortrolige og skal ikke kunne knyttes til den som har svart. Resultatet for en {{Side}} vises bare når minst fem personer på {{Side}}n har svart. Resultatene for de enkelte {{Partene}} på en {{Side}} vises bare når hver {{Part}} som får vist sitt resultat, har minst fem svar, og svarene fra de {{Partene}} på samme {{Side}} som ikke får vist sitt resultat, til sammen er ingen eller minst fem. Det samme gjelder resultater per nivå innenfor en {{Side}} eller en {{Part}}. Svar som ikke vises for seg, inngår bare i resultatet for den større gruppen. Har en {{Side}} likevel færre enn fem svar, vises bare det samlede resultatet for alle {{Partene}}, og punkt §[health-check-action] anvendes på det. Svarene og resultatene er omfattet av punkt §[confidentiality], og punkt §[no-admission] gjelder for det som kommer frem i målingen.
<#else>
Hver av {{Partene}} skal utpeke minst fem deltakere til målingen. Enkeltsvar er fortrolige og skal ikke kunne knyttes til den som har svart. Resultater for en {{Part}} eller for et nivå hos en {{Part}} vises bare når minst fem personer i gruppen har svart; for et nivå med færre svar inngår svarene bare i resultatet for {{Part}}en som helhet. Har en {{Part}} likevel færre enn fem svar, vises bare det samlede resultatet for begge {{Partene}}, og punkt §[health-check-action] anvendes på det. Svarene og resultatene er omfattet av punkt §[confidentiality], og punkt §[no-admission] gjelder for det som kommer frem i målingen.
</#if>

### Resultater

<#if several>
Resultatet beregnes som gjennomsnittet per prinsipp for hver {{Side}} og, der resultatet vises, for hver av {{Partene}}. Forskjeller mellom {{Side}}nes vurderinger, og mellom {{Partene}} på samme {{Side}}, er et funn i seg selv og skal drøftes. De relasjonsansvarlige skal legge resultatene frem i det første møtet i ${fmt.forum(forums.reporting)}<#if forums.hasSeparateStrategic()> og i ${fmt.forum(forums.strategic)}</#if> etter målingen.
<#else>
Resultatet beregnes som gjennomsnittet per prinsipp for hver av {{Partene}}. Forskjeller mellom {{Partene}}s vurderinger er et funn i seg selv og skal drøftes. De relasjonsansvarlige skal legge resultatene frem i det første møtet i ${fmt.forum(forums.reporting)}<#if forums.hasSeparateStrategic()> og i ${fmt.forum(forums.strategic)}</#if> etter målingen.
</#if>

### Handlingsplan {#health-check-action}

<#if several>
Er gjennomsnittet for et prinsipp lavere enn 3,0 for en {{Side}} eller for en av {{Partene}} der resultatet vises, eller avviker {{Side}}nes gjennomsnitt for samme prinsipp med 1,0 eller mer, skal ${fmt.forum(forums.reporting)} innen 30 dager etter at resultatene er lagt frem for forumet, vedta en handlingsplan med tiltak, ansvarlige og frister. Virkningen av planen skal vurderes ved neste måling.
<#else>
Er gjennomsnittet for et prinsipp lavere enn 3,0 hos en av {{Partene}}, eller avviker {{Partene}}s gjennomsnitt for samme prinsipp med 1,0 eller mer, skal ${fmt.forum(forums.reporting)} innen 30 dager etter at resultatene er lagt frem for forumet, vedta en handlingsplan med tiltak, ansvarlige og frister. Virkningen av planen skal vurderes ved neste måling.
</#if>

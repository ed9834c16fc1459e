<#-- A measure with no frequency of its own is reported at every ordinary meeting of the reporting forum. -->
<#assign unscheduled = false>
<#list objectives as objective><#list objective.measures as measure><#if !measure.frequency??><#assign unscheduled = true></#if></#list></#list>
## Møter, referater og rapportering {#meetings}

### Møteplan og saksliste

De relasjonsansvarlige skal innen én måned etter at {{Avtalen}} trer i kraft, fastsette datoene for møtene i det første avtaleåret på grunnlag av styringskalenderen i vedlegg §[appendix-calendar], og deretter innen utgangen av hvert avtaleår for det neste. De relasjonsansvarlige skal sende sakslisten til medlemmene senest fem virkedager før møtet. Hvert medlem kan kreve en sak satt på sakslisten.

Sakslisten for hvert forum på strategisk og taktisk nivå skal alltid omfatte

- status for måleindikatorene i punkt §[objectives],
- nye og åpne saker i varslingsregisteret etter punkt §[early-warning],<#if risks?has_content>
- endringer i risikoregisteret etter punkt §[risk-register],</#if>
- oppfølging av siste måling av samarbeidets helse etter punkt §[health-check], og
- saker der prinsippene i punkt §[principles] har vært satt på prøve siden forrige møte.

### Referater

De relasjonsansvarlige skal sende referat til medlemmene senest fem virkedager etter møtet. Referatet skal angi beslutningene, tiltakene med ansvarlig og frist, og saker der medlemmene er uenige, med hver av {{Partene}}s syn. Referatet er godkjent når ingen av {{Partene}} har gjort skriftlige innsigelser innen fem virkedager etter at det ble mottatt. Et godkjent referat dokumenterer beslutningene, men endrer ikke avtalene.

### Rapportering på måleindikatorene

Den som er ansvarlig for en måleindikator, skal rapportere resultatet til ${fmt.forum(forums.reporting)} med den hyppigheten som er angitt i punkt §[objectives]<#if unscheduled>, og for en måleindikator uten angitt hyppighet til hvert ordinære møte i forumet</#if>. Rapporten skal vise målt verdi, utviklingen siden utgangsverdien, avstanden til målverdien, forklaringen på vesentlige avvik og forslag til tiltak. Der {{Partene}} er ansvarlige i fellesskap, utarbeider de relasjonsansvarlige rapporten sammen.<#if forums.hasSeparateStrategic()> ${fmt.forum(forums.reporting)?cap_first} skal legge frem en samlet rapport før hvert møte i ${fmt.forum(forums.strategic)}.</#if><#if sides.customer.several || sides.supplier.several> En {{Part}} som ikke har eget medlem i ${fmt.forum(forums.reporting)}, mottar rapportene om måleindikatorene og forumets referater fra de relasjonsansvarlige, samtidig med medlemmene.</#if>

<#assign annual = !(governance.review?? && governance.review.frequency??) || "${governance.review.frequency}" == "annual">
## <#if annual>Årlig gjennomgang<#else>Periodisk gjennomgang</#if> {#review}

${fmt.forum(forums.approving)?cap_first} skal <#if annual>hvert år<#else>${fmt.frequency(governance.review.frequency)}</#if> gå gjennom {{Avtalen}} som helhet og vurdere

- om visjonen fortsatt gir riktig retning,
- om målene, måleindikatorene og målverdiene fortsatt er relevante og realistiske,
- hvordan prinsippene har virket, på grunnlag av målingene av samarbeidets helse,
- om foraene, møtehyppigheten og eskaleringsstigen fungerer,
- om hver av {{Partene}} har oppfylt sine forpliktelser etter {{Avtalen}},<#if risks?has_content>
- om risikoregisteret er oppdatert,</#if><#if incentives?has_content>
- om insentivene virker etter sin hensikt,</#if>
- om den felles avslutnings- og overgangsplanen etter punkt §[exit] er oppdatert, og
- om det er grunnlag for endringer etter punkt §[changes].

De relasjonsansvarlige skal i fellesskap forberede gjennomgangen med en skriftlig rapport som sendes medlemmene senest ti virkedager før møtet. Resultatet av gjennomgangen skal fremgå av referatet, og forslag til endringer behandles etter punkt §[changes].

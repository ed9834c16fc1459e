<#assign reportForum = governance.forums[0]>
<#list governance.forums as forum><#if "${forum.level}" == "tactical"><#assign reportForum = forum><#break></#if></#list>
<#assign approvalForum = reportForum>
<#list governance.forums as forum><#if "${forum.level}" == "strategic"><#assign approvalForum = forum><#break></#if></#list>
## Endringer og kontinuerlig forbedring {#changes}

### Hva som kan utløse en endring

{{Partene}} skal vurdere om samarbeidet bør endres når

- behov, omfang, volum, teknologi eller regelverk endrer seg vesentlig,
- en måleindikator over tid utvikler seg vesentlig bort fra målverdien,
- målingen av samarbeidets helse, gjennomgangen av {{Avtalen}} etter punkt §[review] eller et varsel etter punkt §[early-warning] viser behov for det,
- balansen mellom {{Partene}}s kostnader, risiko og gevinster forskyves vesentlig av forhold som ingen av dem rår over, eller
- en av {{Partene}} foreslår en forbedring.

### Endringsforslag

Hver av {{Partene}} kan fremme et skriftlig endringsforslag til mottakerens relasjonsansvarlige. Forslaget skal beskrive endringen og begrunnelsen for den, og virkningene for målene og måleindikatorene, for pris, tid og kvalitet, for risiko og for balansen mellom {{Partene}}. Forslaget skal behandles i det første møtet i ${reportForum.name} etter at det er mottatt, eller i et ekstraordinært møte dersom saken haster.

### Vurdering

Forslaget skal vurderes mot visjonen i punkt §[vision], målene i punkt §[objectives] og prinsippene i punkt §[principles]. Vurderingen skal fremgå av referatet. Er forskyvningen i balansen mellom {{Partene}} vesentlig, skal {{Partene}} forhandle lojalt om en ny og rimelig fordeling.

### Beslutning og dokumentasjon

Endringer i {{Avtalen}} skal godkjennes av ${approvalForum.name}. Endringer i ytelser, vederlag eller andre vilkår etter {{Grunnavtalen}} avtales etter {{Grunnavtalen}}s endringsregler og dokumenteres i {{Grunnavtalen}}s <#if base.changesAfterSigningAppendix??>bilag ${base.changesAfterSigningAppendix} om endringer etter avtaleinngåelsen<#else>bilag for endringer etter avtaleinngåelsen</#if>. Endringer i {{Grunnavtalen}}s generelle avtaletekst tas inn i <#if base.changesAppendix??>bilag ${base.changesAppendix} om endringer i den generelle avtaleteksten<#else>bilaget for endringer i den generelle avtaleteksten</#if>. En endring er bindende først når den er skriftlig og undertegnet av personer som har fullmakt til å forplikte {{Partene}}.

### Offentlige anskaffelsesregler

Er {{Kunden}} oppdragsgiver etter regelverket om offentlige anskaffelser, skal {{Kunden}} før en endring godkjennes, vurdere om den er lovlig etter forskrift om offentlige anskaffelser § 28-1, og om den er en vesentlig endring etter § 28-2. En endring som bare kan gjennomføres etter en ny konkurranse, kan ikke avtales etter dette punkt. {{Leverandøren}} skal gi {{Kunden}} de opplysningene vurderingen krever. Vurderingen skal fremgå av referatet.

### Kontinuerlig forbedring

Hver av {{Partene}} skal aktivt foreslå forbedringer i leveransene og i samarbeidet. ${reportForum.name} skal holde en oversikt over forslagene og beslutningene om dem. <#if incentives?has_content>Gevinster av forbedringer fordeles etter punkt §[incentives] der det er avtalt, og ellers etter avtale mellom {{Partene}} i samsvar med prinsippene.<#else>Gevinster av forbedringer fordeles etter avtale mellom {{Partene}} i samsvar med prinsippene.</#if>

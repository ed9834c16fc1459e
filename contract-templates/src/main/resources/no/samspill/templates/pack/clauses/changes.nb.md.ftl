<#assign regulation = "${(contract.procurement.regulation)!'general'}">
<#assign changesAfterSigning><#if base.changesAfterSigningAppendix??>bilag ${base.changesAfterSigningAppendix} om endringer etter avtaleinngåelsen<#else>bilag for endringer etter avtaleinngåelsen</#if></#assign>
<#assign changesAppendix><#if base.changesAppendix??>bilag ${base.changesAppendix} om endringer i den generelle avtaleteksten<#else>bilag for endringer i den generelle avtaleteksten</#if></#assign>
## Endringer og kontinuerlig forbedring {#changes}

### Hva som kan utløse en endring

{{Partene}} skal vurdere om samarbeidet bør endres når

- behov, omfang, volum, teknologi eller regelverk endrer seg vesentlig,
- en måleindikator over tid utvikler seg vesentlig bort fra målverdien,
- målingen av samarbeidets helse, gjennomgangen av {{Avtalen}} etter punkt §[review] eller et varsel etter punkt §[early-warning] viser behov for det,
- balansen mellom {{Partene}}s kostnader, risiko og gevinster forskyves vesentlig av forhold som ingen av dem rår over, eller
- en av {{Partene}} foreslår en forbedring.

### Endringsforslag

Hver av {{Partene}} kan fremme et skriftlig endringsforslag til mottakerens relasjonsansvarlige. Forslaget skal beskrive endringen og begrunnelsen for den, og virkningene for målene og måleindikatorene, for pris, tid og kvalitet, for risiko og for balansen mellom {{Partene}}. Forslaget skal behandles i det første møtet i ${fmt.forum(forums.reporting)} etter at det er mottatt, eller i et ekstraordinært møte dersom saken haster.

### Vurdering

Forslaget skal vurderes mot visjonen i punkt §[vision], målene i punkt §[objectives] og prinsippene i punkt §[principles]. Vurderingen skal fremgå av referatet. Er balansen mellom {{Partene}} forskjøvet vesentlig, skal {{Partene}} på anmodning fra en av dem forhandle i god tro om en justering. Ingen av {{Partene}} har krav på en justering ut over det {{Grunnavtalen}} gir grunnlag for, og en justering kan bare avtales innenfor rammene som følger av punkt §[procurement-rules].

### Beslutning og dokumentasjon

Endringer i {{Avtalen}} skal godkjennes av ${fmt.forum(forums.approving)}. Endringer i ytelser, vederlag eller andre vilkår etter {{Grunnavtalen}} avtales etter {{Grunnavtalen}}s endringsregler og dokumenteres i {{Grunnavtalen}}s ${changesAfterSigning}. Endringer i {{Grunnavtalen}}s generelle avtaletekst føres inn i {{Grunnavtalen}}s ${changesAppendix}. En endring er bindende først når den er skriftlig og undertegnet av personer som har fullmakt til å forplikte {{Partene}}. En endring av {{Avtalen}} som har betydning for en endring i punkt §[amendments], får virkning for {{Grunnavtalen}} først når den er ført inn i {{Grunnavtalen}}s ${changesAppendix}.

### Regler om offentlige anskaffelser {#procurement-rules}

<#if regulation == "none">
{{Kunden}} har opplyst at {{Kunden}} ikke er bundet av regelverket om offentlige anskaffelser ved inngåelsen og endringen av avtalene. Endringer kan avtales innenfor rammene av {{Grunnavtalen}} og ufravikelig lov.
<#elseif regulation == "utilities">
Før en endring godkjennes, skal {{Kunden}} vurdere om den er lovlig etter reglene om endring av kontrakter i forskrift om innkjøpsregler i forsyningssektorene (forsyningsforskriften), og om den er en vesentlig endring etter de samme reglene. En endring som bare kan gjennomføres etter en ny konkurranse, kan ikke avtales etter dette punkt. {{Leverandøren}} skal gi {{Kunden}} de opplysningene vurderingen krever. Vurderingen skal fremgå av referatet.
<#else>
Før en endring godkjennes, skal {{Kunden}} vurdere om den er lovlig etter forskrift om offentlige anskaffelser (anskaffelsesforskriften) § 28-1, og om den er en vesentlig endring etter § 28-2. Er {{Kunden}} omfattet av forskrift om innkjøpsregler i forsyningssektorene (forsyningsforskriften), gjelder de tilsvarende reglene der. En endring som bare kan gjennomføres etter en ny konkurranse, kan ikke avtales etter dette punkt. {{Leverandøren}} skal gi {{Kunden}} de opplysningene vurderingen krever. Vurderingen skal fremgå av referatet.
</#if>

### Kontinuerlig forbedring

Hver av {{Partene}} skal aktivt foreslå forbedringer i leveransene og i samarbeidet. ${fmt.forum(forums.reporting)?cap_first} skal holde en oversikt over forslagene og beslutningene om dem. <#if incentives?has_content>Gevinster av forbedringer fordeles etter punkt §[incentives] der det er avtalt, og ellers etter avtale mellom {{Partene}} i samsvar med prinsippene.<#else>Gevinster av forbedringer fordeles etter avtale mellom {{Partene}} i samsvar med prinsippene.</#if>

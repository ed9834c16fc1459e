## Kostnader ved samarbeidet {#costs}

Hver av {{Partene}} bærer sine egne kostnader ved å delta i foraene, arbeidssamlingene, målingene av samarbeidets helse, gjennomgangene og rapporteringen etter {{Avtalen}}. {{Leverandøren}}s arbeid med oppgaver etter {{Avtalen}}, herunder med å utarbeide og oppdatere avslutnings- og overgangsplanen, kan bare faktureres dersom og i den utstrekning det er avtalt i {{Grunnavtalen}}s <#if base.priceAppendix??>bilag ${base.priceAppendix} om pris og prisbestemmelser<#else>bilag om pris og prisbestemmelser</#if>. Dette gjelder også når vederlaget etter {{Grunnavtalen}} beregnes etter medgått tid.

Felles kostnader som {{Partene}} på forhånd har avtalt, for eksempel til en nøytral tilrettelegger eller til en ekstern gjennomføring av målingen av samarbeidets helse, deles likt mellom {{Partene}}, med mindre de avtaler noe annet.

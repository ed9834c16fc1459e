<#assign confidentialityClause = base.clause("confidentiality")!>
# Alminnelige bestemmelser

## Taushetsplikt, innsyn og personopplysninger {#confidentiality}

### Taushetsplikt

Opplysninger som {{Partene}} utveksler etter {{Avtalen}}, herunder registrene, referatene, rapportene, svarene i målingen av samarbeidets helse og opplysninger om sikkerhet og sårbarheter, er omfattet av taushetsplikten etter {{Grunnavtalen}}s bestemmelser om taushetsplikt<#if confidentialityClause?has_content> i punkt ${confidentialityClause.number}</#if>. Taushetsplikt etter lov gjelder i tillegg.<#if baseChanges?seq_contains("disputes") && "${governance.disputeResolution.venue}" == "arbitration"> For voldgiftsbehandling gjelder også fortrolighetsregelen i punkt §[amendment-disputes].</#if>

### Innsyn etter offentleglova

<#if sides.customer.several>
Hver {{Kunde}} som er omfattet av offentleglova, behandler selv, etter denne loven, krav om innsyn i dokumenter som gjelder {{Avtalen}}, og som den har mottatt eller opprettet. {{Avtalen}} begrenser ikke den enkelte {{Kunde}}s plikt til å gi innsyn, og ingen {{Kunde}} kan love å holde tilbake opplysninger ut over det loven gir adgang til. Opplysninger som er underlagt taushetsplikt, herunder om forretningsforhold (offentleglova § 13, jf. forvaltningsloven § 13 første ledd nr. 2), skal unntas. Hver {{Kunde}} skal i tillegg vurdere unntak for opplysninger som gjelder {{Kunden}}s felles forhandlingsposisjon eller dens egen (offentleglova § 23 første ledd) og for opplysninger om sikkerhet og sårbarheter der innsyn vil lette gjennomføringen av straffbare handlinger (offentleglova § 24 tredje ledd), og merinnsyn etter offentleglova § 11. Før en {{Kunde}} gir innsyn i opplysninger som {{Leverandøren}} har merket som forretningshemmeligheter, skal den så langt fristene for innsynsbehandlingen tillater det, gi {{Leverandøren}} anledning til å uttale seg.
<#else>
Er {{Kunden}} omfattet av offentleglova, behandler {{Kunden}} krav om innsyn i dokumenter som gjelder {{Avtalen}}, etter denne loven. {{Avtalen}} begrenser ikke {{Kunden}}s plikt til å gi innsyn, og {{Kunden}} kan ikke love å holde tilbake opplysninger ut over det loven gir adgang til. Opplysninger som er underlagt taushetsplikt, herunder om forretningsforhold (offentleglova § 13, jf. forvaltningsloven § 13 første ledd nr. 2), skal unntas. {{Kunden}} skal i tillegg vurdere unntak for opplysninger som gjelder {{Kunden}}s forhandlingsposisjon (offentleglova § 23 første ledd) og for opplysninger om sikkerhet og sårbarheter der innsyn vil lette gjennomføringen av straffbare handlinger (offentleglova § 24 tredje ledd), og merinnsyn etter offentleglova § 11. Før {{Kunden}} gir innsyn i opplysninger som {{Leverandøren}} har merket som forretningshemmeligheter, skal {{Kunden}} så langt fristene for innsynsbehandlingen tillater det, gi {{Leverandøren}} anledning til å uttale seg.
</#if>

### Måledata og svar i målingen av samarbeidets helse

Grunnlagsdata for måleindikatorene og svar i målingen av samarbeidets helse deles mellom {{Partene}} bare i sammenstilt eller anonymisert form, og bare så langt taushetsplikt og regelverket om personvern tillater det. Ingenting i {{Avtalen}} forplikter <#if sides.customer.several>en {{Kunde}}<#else>{{Kunden}}</#if> til å gi {{Leverandøren}} opplysninger om enkeltpersoner eller andre opplysninger som er underlagt lovbestemt taushetsplikt.

### Personopplysninger

{{Avtalen}} gir ikke i seg selv grunnlag for å behandle personopplysninger. Behandler {{Leverandøren}} personopplysninger på vegne av <#if sides.customer.several>en {{Kunde}}, gjelder databehandleravtalen for den behandlingen<#else>{{Kunden}}, gjelder databehandleravtalen mellom {{Partene}}</#if><#if contract.dataProcessingAgreement??> (${contract.dataProcessingAgreement})</#if>, og den går foran {{Avtalen}} for behandlingen av personopplysninger. Personopplysninger om personer som deltar i samarbeidet, for eksempel i referater og registre, skal bare behandles så langt det er nødvendig for formålene etter {{Avtalen}}. Behandler den som gjennomfører målingen av samarbeidets helse, personopplysninger på vegne av en {{Part}}, skal den {{Part}}en inngå databehandleravtale med vedkommende.

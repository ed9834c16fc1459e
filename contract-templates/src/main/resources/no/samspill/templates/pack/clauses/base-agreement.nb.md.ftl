# Forholdet til standardavtalen

## Grunnavtalen {#base-agreement}

{{Grunnavtalen}} er ${base.name} (${base.code}), versjon ${base.version}<#if base.reference??>, med referanse ${base.reference}</#if>. {{Avtalen}} er et tillegg til {{Grunnavtalen}}, og de to avtalene utgjør sammen avtaleforholdet mellom {{Partene}}.

Bestemmelsene om styring av samarbeidet i punkt §[forums] til §[exit] utfyller {{Grunnavtalen}}s <#if base.administrativeAppendix??>bilag ${base.administrativeAppendix} om administrative bestemmelser<#else>bilag for administrative bestemmelser</#if>. {{Partene}} skal i det bilaget vise til {{Avtalen}}.<#if !amendments?has_content> {{Avtalen}} endrer ikke {{Grunnavtalen}}s generelle avtaletekst.</#if>

### Rangordning {#precedence}

Ved motstrid går {{Grunnavtalen}} med bilag foran {{Avtalen}}, med disse unntakene:

<#if amendments?has_content>
- Endringene i punkt §[amendments] går foran den generelle avtaleteksten etter {{Grunnavtalen}}s egne regler om tolkning og rangordning, når de er tatt inn i <#if base.changesAppendix??>bilag ${base.changesAppendix} om endringer i den generelle avtaleteksten<#else>bilaget for endringer i den generelle avtaleteksten</#if>.
</#if>
- I spørsmål om styring av samarbeidet går {{Avtalen}} foran {{Grunnavtalen}}s <#if base.administrativeAppendix??>bilag ${base.administrativeAppendix}<#else>bilag for administrative bestemmelser</#if>.
- Punkt §[principles-binding] gjelder for hele avtaleforholdet uavhengig av rangordningen.

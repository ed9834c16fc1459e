<#assign changesAppendix><#if base.changesAppendix??>bilag ${base.changesAppendix} om endringer i den generelle avtaleteksten<#else>bilag for endringer i den generelle avtaleteksten</#if></#assign>
<#assign adminAppendix><#if base.administrativeAppendix??>bilag ${base.administrativeAppendix} om administrative bestemmelser<#else>bilag for administrative bestemmelser</#if></#assign>
# Forholdet til Grunnavtalen

## Grunnavtalen {#base-agreement}

{{Grunnavtalen}} er ${base.name} (${base.code}), versjon ${base.version}<#if base.reference??>, med referanse ${base.reference}</#if>. {{Avtalen}} er et tillegg til {{Grunnavtalen}}, og de to avtalene utgjør sammen avtaleforholdet mellom {{Partene}}.

{{Partene}} skal i {{Grunnavtalen}}s ${adminAppendix} vise til punkt §[forums] til og med §[exit] i {{Avtalen}} som en orientering om rutinene for samarbeidet mellom {{Partene}}. Henvisningen gjør ikke bestemmelsene til en del av bilaget. Rollene etter {{Avtalen}} endrer ikke hvem som er {{Partene}}s representanter etter {{Grunnavtalen}}.

### Rangordning {#precedence}

Ved motstrid mellom {{Avtalen}} og {{Grunnavtalen}} med bilag går {{Grunnavtalen}} foran. {{Avtalen}} gir seg ikke selv forrang fremfor noen del av {{Grunnavtalen}}.<#if baseChanges?has_content || amendments?has_content> Skal en bestemmelse gå foran {{Grunnavtalen}}s generelle avtaletekst, må den være avtalt som en endring av {{Grunnavtalen}}. Endringene {{Partene}} har avtalt, står i punkt §[amendments]; de får virkning når de er ført inn i {{Grunnavtalen}}s ${changesAppendix}, og rangeres da etter {{Grunnavtalen}}s egne regler om tolkning og rangordning.<#else> {{Avtalen}} endrer ikke {{Grunnavtalen}}s generelle avtaletekst.</#if>

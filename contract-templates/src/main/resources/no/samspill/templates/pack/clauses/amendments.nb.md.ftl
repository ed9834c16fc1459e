## Endringer i Grunnavtalens generelle avtaletekst {#amendments}

{{Partene}} er enige om endringene nedenfor i {{Grunnavtalen}}s generelle avtaletekst. Ved signering av {{Avtalen}} skal {{Partene}} ta endringene inn i {{Grunnavtalen}}s <#if base.changesAppendix??>bilag ${base.changesAppendix} om endringer i den generelle avtaleteksten<#else>bilag for endringer i den generelle avtaleteksten</#if>, med henvisning til punktet som endres. Endringene går foran den generelle avtaleteksten bare gjennom det bilaget.
<#list amendments as amendment>

### Endring av punkt ${amendment.clause} ${amendment.title}

<@text amendment.change/>
</#list>

<#assign regulation = (contract.procurement.regulation)!"general">
## Bakgrunn og formål {#purpose}
<#if background??>

### Bakgrunn

<@text background/>
</#if>

### Formål

{{Avtalen}} skal gi {{Partene}} et felles grunnlag for et langsiktig samarbeid: en felles visjon, felles mål og veiledende prinsipper, og en styringsordning som holder {{Partene}}s forventninger og interesser samstemte gjennom hele avtaleperioden, også når forholdene endrer seg på måter {{Partene}} ikke kunne forutse.

{{Grunnavtalen}} regulerer ytelsene, vederlaget og virkningene av mislighold. {{Avtalen}} regulerer hvordan {{Partene}} skal samarbeide for å nå målene, treffe felles beslutninger, håndtere uenighet og tilpasse samarbeidet over tid.
<#if "${regulation}" != "none">

### Anskaffelsen {#procurement}

<#assign parts = []><#if incentives?has_content><#assign parts = parts + ["insentivene"]></#if><#assign parts = parts + ["ordningene for endring"]><#if contract.term.extensions?has_content><#assign parts = parts + ["opsjonene på forlengelse"]></#if>{{Avtalen}}, herunder <#list parts as part>${part}<#sep>, </#sep></#list> og endringene i {{Grunnavtalen}} i punkt §[amendments], var en del av konkurransegrunnlaget i <#if contract.procurement?? && contract.procurement.name??>anskaffelsen «${contract.procurement.name}»<#if contract.procurement.reference??> (referanse ${contract.procurement.reference})</#if>, som<#elseif contract.procurement?? && contract.procurement.reference??>anskaffelsen med referanse ${contract.procurement.reference}, som<#else>den anskaffelsen som</#if> ledet til at {{Grunnavtalen}} ble inngått. Ved tolkningen av {{Avtalen}} skal det legges vekt på konkurransegrunnlaget, sammen med det {{Partene}} har avtalt i forhandlinger. Er {{Grunnavtalen}} undertegnet før {{Avtalen}}, skal {{Kunden}} før undertegningen vurdere endringene i punkt §[amendments] etter punkt §[procurement-rules].
</#if>

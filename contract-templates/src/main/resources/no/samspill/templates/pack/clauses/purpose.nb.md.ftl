## Bakgrunn og formål {#purpose}
<#if background??>

### Bakgrunn

<@text background/>
</#if>

### Formål

{{Avtalen}} skal gi {{Partene}} et felles grunnlag for et langsiktig samarbeid: en felles visjon, felles mål og veiledende prinsipper, og en styringsordning som holder {{Partene}}s forventninger og interesser samstemte gjennom hele avtaleperioden, også når forholdene endrer seg på måter {{Partene}} ikke kunne forutse.

{{Grunnavtalen}} regulerer ytelsene, vederlaget og virkningene av mislighold. {{Avtalen}} regulerer hvordan {{Partene}} skal samarbeide for å nå målene, treffe felles beslutninger, håndtere uenighet og tilpasse samarbeidet over tid.

<#if expectations.customer?has_content || expectations.supplier?has_content>
## Partenes forpliktelser i samarbeidet {#expectations}

{{Partene}} har gitt uttrykk for hva de forventer av hverandre. Forventningene er her omsatt til forpliktelser som gjelder i tillegg til ytelsene etter {{Grunnavtalen}}.
<#if expectations.customer?has_content>

### Kundens forpliktelser

{{Kunden}} skal:

<#list expectations.customer as commitment>
- ${commitment}
</#list>
</#if>
<#if expectations.supplier?has_content>

### Leverandørens forpliktelser

{{Leverandøren}} skal:

<#list expectations.supplier as commitment>
- ${commitment}
</#list>
</#if>

Hver av {{Partene}} skal i møtene i ${fmt.forum(forums.reporting)} rapportere om egen oppfyllelse av forpliktelsene. Mener en {{Part}} at en forpliktelse ikke lenger er egnet, skal den foreslå endring etter punkt §[changes] i stedet for å la være å oppfylle den. Forholdet mellom disse forpliktelsene og {{Grunnavtalen}} følger av punkt §[breach].
</#if>

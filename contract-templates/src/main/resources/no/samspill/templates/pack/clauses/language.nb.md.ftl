<#assign prevailing><#if "${contract.prevailingLanguage}" == "nb">norske<#else>engelske</#if></#assign>
## Språk {#language}

<#if contract.parallel>
{{Avtalen}} er utferdiget på norsk og engelsk, med tekstene side om side i samme dokument. Begge tekstene er forpliktende. Ved motstrid mellom tekstene går den ${prevailing} teksten foran.
<#else>
Foreligger {{Avtalen}} både på norsk og på engelsk, går den ${prevailing} teksten foran ved motstrid mellom tekstene.
</#if>

Dette punktet gjelder teksten i {{Avtalen}}. Hvilken tekst av {{Grunnavtalen}} som går foran, følger av {{Grunnavtalen}}.

<#assign prevailing><#if "${contract.prevailingLanguage}" == "nb">norske<#else>engelske</#if></#assign>
## Språk {#language}

<#if contract.parallel>
{{Avtalen}} er inngått på norsk og engelsk, med tekstene side om side i samme dokument. Begge tekstene er bindende. Ved avvik eller motstrid mellom tekstene, også ved tolkningen av dem, går den ${prevailing} teksten foran. Endringene i punkt §[amendments] føres inn i {{Grunnavtalen}} slik det punktet angir, med den ${prevailing} ordlyden.
<#else>
Foreligger {{Avtalen}} både på norsk og på engelsk, går den ${prevailing} teksten foran ved avvik eller motstrid mellom tekstene, også ved tolkningen av dem.
</#if>

Dette punktet gjelder bare {{Avtalen}}. Språket i {{Grunnavtalen}}, og forholdet mellom ulike tekster av den, følger av {{Grunnavtalen}}.

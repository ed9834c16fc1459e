<#assign prevailing><#if "${contract.prevailingLanguage}" == "nb">Norwegian<#else>English</#if></#assign>
## Language {#language}

<#if contract.parallel>
The {{Agreement}} is made in Norwegian and English, with the two texts side by side in one document. Both texts are binding. In the event of conflict between the texts, the ${prevailing} text prevails.
<#else>
If the {{Agreement}} exists in both Norwegian and English, the ${prevailing} text prevails in the event of conflict between the texts.
</#if>

This clause applies to the text of the {{Agreement}}. Which text of the {{Base Agreement}} prevails is determined by the {{Base Agreement}}.

<#assign prevailing><#if "${contract.prevailingLanguage}" == "nb">Norwegian<#else>English</#if></#assign>
## Language {#language}

<#if contract.parallel>
The {{Agreement}} is made in Norwegian and English, with the two texts side by side in one document. Both texts are binding. If the texts differ or conflict, including on a question of interpretation, the ${prevailing} text prevails. The amendments in clause §[amendments] shall be entered in the {{Base Agreement}} as that clause provides, in their ${prevailing} wording.
<#else>
If the {{Agreement}} exists in both Norwegian and English, the ${prevailing} text prevails where the texts differ or conflict, including on a question of interpretation.
</#if>

This clause applies only to the {{Agreement}}. The language of the {{Base Agreement}}, and the relation between any texts of it in different languages, are governed by the {{Base Agreement}}.

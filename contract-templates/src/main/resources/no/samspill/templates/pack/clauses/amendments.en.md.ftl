## Changes to the general text of the Base Agreement {#amendments}

The {{Parties}} agree on the changes below to the general text of the {{Base Agreement}}. On signing the {{Agreement}}, the {{Parties}} shall enter the changes in the {{Base Agreement}}'s <#if base.changesAppendix??>Appendix ${base.changesAppendix} on changes to the general contractual text<#else>appendix for changes to the general contractual text</#if>, with a reference to the clause changed. The changes prevail over the general text only through that appendix.
<#list amendments as amendment>

### Change to clause ${amendment.clause} ${amendment.title}

<@text amendment.change/>
</#list>

## Costs of the collaboration {#costs}

Each of the {{Parties}} bears its own costs of taking part in the forums, workshops, relationship health checks, reviews and reporting under the {{Agreement}}. The {{Supplier}}'s work on tasks under the {{Agreement}}, including preparing and updating the exit and transition plan, may be invoiced only if and to the extent that this has been agreed in the {{Base Agreement}}'s <#if base.priceAppendix??>Appendix ${base.priceAppendix} on prices and pricing provisions<#else>appendix on prices and pricing provisions</#if>. This applies even when the remuneration under the {{Base Agreement}} is calculated on the basis of time spent.

Joint costs that the {{Parties}} have agreed in advance, for example for a neutral facilitator or for an external provider to carry out the relationship health check, are shared equally between the {{Parties}} unless they agree otherwise.

## Avtalens parter og grunnlag {#parties}

Denne avtalen er inngått mellom:

- ${parties.customer.name}, org.nr. ${parties.customer.orgNumber}<#if parties.customer.address??>, ${parties.customer.address}</#if> (heretter {{=Kunden}}), og
- ${parties.supplier.name}, org.nr. ${parties.supplier.orgNumber}<#if parties.supplier.address??>, ${parties.supplier.address}</#if> (heretter {{=Leverandøren}}),

heretter samlet omtalt som {{=Partene}}.

Avtalen er en relasjonsavtale. Den bygger på og utfyller ${base.label()}<#if base.name??> ${base.name}</#if><#if base.reference??> (${base.reference})</#if>, heretter kalt {{=Grunnavtalen}}. Avtalen regulerer hvordan Partene skal samarbeide om leveransene etter {{Grunnavtalen}}, og endrer ikke {{Grunnavtalen}} ut over det som uttrykkelig fremgår.

Avtalen gjelder fra ${fmt.date(contract.term.start)}<#if contract.term.duration??> i ${fmt.period(contract.term.duration)}<#elseif contract.term.end??> til og med ${fmt.date(contract.term.end)}</#if>.

### Rimelighet {#equity}

Kostnader, risiko og gevinster skal fordeles rimelig mellom {{Partene}}, etter hva hver av dem bidrar med og er eksponert for. Endrer forholdene balansen vesentlig, skal {{Partene}} forhandle i god tro om en justering med sikte på at ingen av dem skal bære en urimelig byrde, innenfor rammene av {{Grunnavtalen}} og reglene om offentlige anskaffelser.

I praksis innebærer det at

- {{Kunden}} ikke gjennom endringer etter punkt §[changes] skal legge risiko på {{Leverandøren}} som {{Leverandøren}} verken kan styre eller prise,
- {{Leverandøren}} skal la {{Kunden}} få en rimelig del av gevinstene ved økt produktivitet og lavere kostnader, og
- hver av {{Partene}} skal, når balansen forskyves vesentlig av forhold som ingen av dem rår over, forhandle i god tro om en justering etter punkt §[changes], uten krav på mer enn {{Grunnavtalen}} gir grunnlag for.

Rimeligheten gjøres virksom gjennom vurderingen av balansen i endringsforslag etter punkt §[changes]<#if incentives?has_content><#if risks?has_content>,<#else> og</#if> insentivene etter punkt §[incentives]</#if><#if risks?has_content> og eierskapet til risikoene i registeret etter punkt §[risk-register]</#if>.

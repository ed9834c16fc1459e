### Rimelighet {#equity}

Kostnader, risiko og gevinster skal fordeles rimelig mellom {{Partene}}, etter hva hver av dem bidrar med og er eksponert for. Endrer forholdene balansen, skal {{Partene}} justere fordelingen i stedet for å la den ene bære en urimelig byrde.

I praksis innebærer det at

- {{Kunden}} ikke skal legge risiko på {{Leverandøren}} som {{Leverandøren}} verken kan styre eller prise,
- {{Leverandøren}} skal la {{Kunden}} få en rimelig del av gevinstene ved økt produktivitet og lavere kostnader, og
- begge {{Partene}} skal forhandle lojalt om en ny fordeling når balansen forskyves vesentlig av forhold som ingen av dem rår over.

Rimeligheten gjøres virksom gjennom vurderingen av balansen i endringsforslag etter punkt §[changes]<#if incentives?has_content><#if risks?has_content>,<#else> og</#if> insentivene etter punkt §[incentives]</#if><#if risks?has_content> og eierskapet til risikoene i registeret etter punkt §[risk-register]</#if>.

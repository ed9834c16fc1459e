### Ærlighet {#honesty}

{{Partene}} skal gi hverandre riktige og fullstendige opplysninger om det som har betydning for samarbeidet, herunder fakta, risikoer, ugunstige utviklingstrekk og egne feil, i tide og uten å holde tilbake forhold den andre {{Part}}en har grunn til å regne med å bli gjort kjent med.

I praksis innebærer det at

- {{Kunden}} skal dele planer, budsjettrammer og organisatoriske endringer som kan påvirke samarbeidet, og si fra om sin vurdering av {{Leverandøren}}s arbeid,
- {{Leverandøren}} skal gi et riktig bilde av status, kapasitet, kjente feil og risikoer, selv når bildet er ugunstig for {{Leverandøren}}, og
- hver av {{Partene}} skal rette opplysninger som viser seg å være uriktige, og rapportere måleindikatorene slik de faktisk er målt.

Ærligheten gjøres virksom gjennom tidlig varsling etter punkt §[early-warning],<#if risks?has_content> det felles risikoregisteret etter punkt §[risk-register],</#if> rapporteringen etter punkt §[meetings] og den fortrolige målingen av samarbeidets helse etter punkt §[health-check].

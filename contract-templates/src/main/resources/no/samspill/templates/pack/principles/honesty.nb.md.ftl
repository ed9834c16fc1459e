### Ærlighet {#honesty}

{{Partene}} skal si det som er sant og dele det som har betydning for samarbeidet: fakta, risikoer, dårlige nyheter og egne feil, tidlig og uten skjulte agendaer.

I praksis innebærer det at

- {{Kunden}} skal dele planer, budsjettrammer og organisatoriske endringer som kan påvirke samarbeidet, og si fra om sin vurdering av {{Leverandøren}}s arbeid,
- {{Leverandøren}} skal gi et riktig bilde av status, kapasitet, kjente feil og risikoer, også når bildet er ugunstig for {{Leverandøren}}, og
- begge {{Partene}} skal rette opplysninger som viser seg å være uriktige, og rapportere måleindikatorene slik de faktisk er målt.

Ærligheten gjøres virksom gjennom tidlig varsling etter punkt §[early-warning],<#if risks?has_content> det felles risikoregisteret etter punkt §[risk-register],</#if> rapporteringen etter punkt §[meetings] og den fortrolige målingen av samarbeidets helse etter punkt §[health-check].

### Gjensidighet {#reciprocity}

Det {{Partene}} gir og får i samarbeidet, skal være i balanse over tid. Tar den ene en risiko, en investering eller en ekstra byrde for samarbeidets skyld, skal {{Partene}} drøfte hvordan den andre kan bidra tilsvarende, slik at ingen av dem bare tar uten å gi.

I praksis innebærer det at

- {{Kunden}} skal stille de ressursene, beslutningene og opplysningene til rådighet som samarbeidet er avhengig av, i tide, og svare på {{Leverandøren}}s forslag innen rimelig tid,
- {{Leverandøren}} skal dele den erfaringen og de effektiviseringene samarbeidet gir, og tilby sin kompetanse også der den kan gi {{Kunden}} verdi utover det som er avtalt, og
- hver av {{Partene}} skal, når den andre {{Part}}en har strukket seg for den, gjøre det tilsvarende når behovet er motsatt.

Gjensidigheten følges opp gjennom<#if !expectations.isEmpty()> {{Partene}}s forpliktelser i punkt §[expectations],</#if> vurderingen av balansen i endringsforslag etter punkt §[changes] og målingen av samarbeidets helse etter punkt §[health-check].

<#-- With several parties on a side, a side's commitments bind each of its parties unless only the
     side as a whole can perform them, and a party may have commitments of its own. -->
<#if !expectations.isEmpty()>
## Partenes forpliktelser i samarbeidet {#expectations}

{{Partene}} har gitt uttrykk for hva de forventer av hverandre. Forventningene er her omsatt til forpliktelser som gjelder i tillegg til ytelsene etter {{Grunnavtalen}}.
<#list ["customer", "supplier"] as role>
<#assign side = sides[role]>
<#assign commitments = (role == "customer")?then(expectations.customer, expectations.supplier)>
<#if role == "customer"><#assign term = "{{Kunden}}"><#assign one = "{{Kunde}}"><#else><#assign term = "{{Leverandøren}}"><#assign one = "{{Leverandør}}"></#if>
<#if commitments?has_content>

### <#if role == "customer">${side.several?then("Kundenes", "Kundens")}<#else>${side.several?then("Leverandørenes", "Leverandørens")}</#if> forpliktelser

${term?no_esc} skal:

<#list commitments as commitment>
- ${commitment}
</#list>
<#if side.several>

Forpliktelsene ovenfor gjelder for hver ${one?no_esc}, med mindre en forpliktelse etter sin art bare kan oppfylles av ${term?no_esc} samlet; da skal ${term?no_esc} seg imellom sørge for at den blir oppfylt.
</#if>
</#if>
<#list side.signing as p>
<#if (expectations.parties[p.id])?has_content>

### Forpliktelser for ${p.party.shortName!p.party.name}

${p.party.shortName!p.party.name} skal:

<#list expectations.parties[p.id] as commitment>
- ${commitment}
</#list>
</#if>
</#list>
</#list>

Hver av {{Partene}} skal i møtene i ${fmt.forum(forums.reporting)} rapportere om egen oppfyllelse av forpliktelsene. Mener en {{Part}} at en forpliktelse ikke lenger er egnet, skal den foreslå endring etter punkt §[changes] i stedet for å la være å oppfylle den. Forholdet mellom disse forpliktelsene og {{Grunnavtalen}} følger av punkt §[breach].
</#if>

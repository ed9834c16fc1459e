<#assign writtenForm = base.clause("writtenForm")!>
## Meldinger, skriftlighet og frister {#notices}

Varsler, endringsforslag, saker til eskaleringsstigen, meldinger om mislighold og andre meldinger etter {{Avtalen}} skal gis skriftlig til den andre {{Part}}ens relasjonsansvarlige.<#if sides.customer.several || sides.supplier.several> Den som gir meldingen, skal samtidig sende kopi til relasjonsansvarlig for sin egen {{Side}}, og til den relasjonsansvarlige for en {{Part}} meldingen særlig gjelder, der {{Part}}en har en egen.</#if> E-post til den adressen en {{Part}} har oppgitt, er skriftlig melding.

Meldinger som etter {{Grunnavtalen}} skal gis i en bestemt form eller til bestemte personer, herunder reklamasjoner, krav, varsler om mislighold og meldinger om heving, oppsigelse og avbestilling, skal gis etter {{Grunnavtalen}}s regler<#if writtenForm?has_content> (punkt ${writtenForm.number} ${writtenForm.title})</#if> og til {{Partene}}s representanter etter {{Grunnavtalen}}. En melding etter {{Avtalen}} erstatter ikke en slik melding.

En frist angitt i dager eller kalenderdager omfatter alle dager. En frist angitt i virkedager omfatter ikke lørdager, søndager og helligdager. Faller siste dag av en frist på en dag som ikke er virkedag, forlenges fristen til den neste virkedagen.

<#assign writtenForm = base.clause("writtenForm")!>
## Meldinger og skriftlighet {#notices}

Varsler, endringsforslag, saker til eskaleringsstigen, meldinger om mislighold og andre meldinger etter {{Avtalen}} skal gis skriftlig til den andre {{Part}}ens relasjonsansvarlige. E-post til den adressen en {{Part}} har oppgitt, er skriftlig melding.

Meldinger som etter {{Grunnavtalen}} skal gis i en bestemt form eller til bestemte personer, herunder reklamasjoner, krav, varsler om mislighold og meldinger om heving, oppsigelse og avbestilling, skal gis etter {{Grunnavtalen}}s regler<#if writtenForm?has_content> (punkt ${writtenForm.number} ${writtenForm.title})</#if> og til {{Partene}}s representanter etter {{Grunnavtalen}}. En melding etter {{Avtalen}} erstatter ikke en slik melding.

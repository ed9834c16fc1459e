# Det relasjonelle grunnlaget

## Parter og avtaleforhold {#parties}

Denne avtalen (heretter {{=Avtalen}}) er inngått mellom

- ${parties.customer.name}, org.nr. ${parties.customer.orgNumberFormatted()}<#if parties.customer.address??>, ${parties.customer.address}</#if> (heretter {{=Kunden}}), og
- ${parties.supplier.name}, org.nr. ${parties.supplier.orgNumberFormatted()}<#if parties.supplier.address??>, ${parties.supplier.address}</#if> (heretter {{=Leverandøren}}),

samlet kalt {{=Partene}} og hver for seg {{=Part}}.

{{Avtalen}} bygger på og utfyller ${base.name} (${base.code}), versjon ${base.version}<#if base.reference??>, med referanse ${base.reference}</#if>, mellom {{Partene}} (heretter {{=Grunnavtalen}}). Forholdet mellom de to avtalene er regulert i punkt §[base-agreement].

### Varighet {#term}

{{Avtalen}} gjelder fra og med ${fmt.date(contract.term.start)}<#if contract.term.duration??> og løper i ${fmt.period(contract.term.duration)}<#else> til og med ${fmt.date(contract.term.end)}</#if>. Forlenges {{Grunnavtalen}}, forlenges {{Avtalen}} for samme periode. Opphører {{Grunnavtalen}}, opphører {{Avtalen}} samtidig.
<#if contract.term.extensions?has_content>
<#assign noticeMonths = contract.term.extensionNoticeMonths!3>

{{Kunden}} har rett til å forlenge {{Avtalen}} <#list contract.term.extensions as extension>med ${fmt.period(extension)}<#sep>, deretter </#sep></#list>. Retten utøves ved skriftlig melding til {{Leverandøren}} senest ${fmt.months(noticeMonths)} før den løpende perioden utløper. En forlengelse av {{Avtalen}} gjelder bare for den tid {{Grunnavtalen}} også gjelder, og en forlengelse som følger av at {{Grunnavtalen}} forlenges, regnes som bruk av {{Kunden}}s neste rett til forlengelse etter dette ledd. Spørsmålet om forlengelse skal drøftes i den siste gjennomgangen etter punkt §[review] før fristen for melding løper ut.
</#if>

Punkt §[exit] gjelder også etter at {{Avtalen}} har opphørt, til overgangen og evalueringen etter punkt §[exit] er gjennomført. Taushetsplikten etter punkt §[confidentiality] gjelder også etter at {{Avtalen}} har opphørt.
<#if parties.customer.contact?? || parties.supplier.contact??>

### Kontaktpersoner

Henvendelser om {{Avtalen}} rettes til:

<#macro contactLine person>${person.name}<#if person.email??>, e-post ${person.email}</#if><#if person.phone??>, telefon ${person.phone}</#if></#macro>
<#if parties.customer.contact??>
- for {{Kunden}}: <@contactLine parties.customer.contact/>
</#if>
<#if parties.supplier.contact??>
- for {{Leverandøren}}: <@contactLine parties.supplier.contact/>
</#if>

Punkt §[notices] angir hvilke meldinger som i tillegg må sendes etter {{Grunnavtalen}}s regler.
</#if>

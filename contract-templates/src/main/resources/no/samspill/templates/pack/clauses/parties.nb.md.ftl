# Det relasjonelle grunnlaget

## Parter og avtaleforhold {#parties}

<#if parties.isListed()>
<#-- A side of several parties: each is named, and the side's term, written here in the singular
     as everywhere else, is made plural throughout by the pack (SideTerms). -->
<#macro partyLine p>${p.party.name}, org.nr. ${p.party.orgNumberFormatted()}<#if p.party.address??>, ${p.party.address}</#if></#macro>
Denne avtalen (heretter {{=Avtalen}}) er inngått mellom

<#if sides.customer.several>
<#list sides.customer.signing as p>
- <@partyLine p/><#if p.party.shortName??> (heretter «${p.party.shortName}»)</#if>,
</#list>

samlet kalt {{=Kunden}} og hver for seg en {{=Kunde}}, og

<#else>
- <@partyLine sides.customer.signing[0]/> (heretter {{=Kunden}}), og
</#if>
<#if sides.supplier.several>
<#list sides.supplier.signing as p>
- <@partyLine p/><#if p.party.shortName??> (heretter «${p.party.shortName}»)</#if>,
</#list>

samlet kalt {{=Leverandøren}} og hver for seg en {{=Leverandør}},
<#else>
- <@partyLine sides.supplier.signing[0]/> (heretter {{=Leverandøren}}),
</#if>

alle samlet kalt {{=Partene}} og hver for seg {{=Part}}.
<#if sides.customer.several && sides.customer.lead??>

«${sides.customer.lead.party.shortName!sides.customer.lead.party.name}» er {{=Hovedkunden}}.
</#if>
<#if sides.supplier.several && sides.supplier.lead??>

«${sides.supplier.lead.party.shortName!sides.supplier.lead.party.name}» er {{=Hovedleverandøren}}.
</#if>
<#if sides.supplier.subcontractors?has_content>

{{Leverandøren}} benytter <#list sides.supplier.subcontractors as p>${p.party.name}, org.nr. ${p.party.orgNumberFormatted()}<#sep>, </#sep></#list>, som <#if sides.supplier.subcontractors?size gt 1>underleverandører<#else>underleverandør</#if>. En underleverandør er ikke part i {{Avtalen}} og undertegner den ikke. Den kan ha sete i forumene etter punkt §[forums], men opptrer der for {{Leverandøren}}, som svarer for underleverandørens arbeid etter {{Grunnavtalen}}s bestemmelser om underleverandører.
</#if>
<#else>
Denne avtalen (heretter {{=Avtalen}}) er inngått mellom

- ${parties.customer.name}, org.nr. ${parties.customer.orgNumberFormatted()}<#if parties.customer.address??>, ${parties.customer.address}</#if> (heretter {{=Kunden}}), og
- ${parties.supplier.name}, org.nr. ${parties.supplier.orgNumberFormatted()}<#if parties.supplier.address??>, ${parties.supplier.address}</#if> (heretter {{=Leverandøren}}),

samlet kalt {{=Partene}} og hver for seg {{=Part}}.
</#if>

{{Avtalen}} bygger på og utfyller ${base.name} (${base.code}), versjon ${base.version}<#if base.reference??>, med referanse ${base.reference}</#if>, mellom {{Partene}} (heretter {{=Grunnavtalen}}). Forholdet mellom de to avtalene er regulert i punkt §[base-agreement].

### Varighet {#term}

{{Avtalen}} gjelder fra og med ${fmt.date(contract.term.start)}<#if contract.term.duration??> og løper i ${fmt.period(contract.term.duration)}<#else> til og med ${fmt.date(contract.term.end)}</#if>. Forlenges {{Grunnavtalen}}, forlenges {{Avtalen}} for samme periode. Opphører {{Grunnavtalen}}, opphører {{Avtalen}} samtidig.
<#if contract.term.extensions?has_content>
<#assign noticeMonths = contract.term.extensionNoticeMonths!3>

{{Kunden}} har rett til å forlenge {{Avtalen}} <#list contract.term.extensions as extension>med ${fmt.period(extension)}<#sep>, deretter </#sep></#list>. Retten utøves ved skriftlig melding til {{Leverandøren}} senest ${fmt.months(noticeMonths)} før den løpende perioden utløper. En forlengelse av {{Avtalen}} gjelder bare for den tid {{Grunnavtalen}} også gjelder, og en forlengelse som følger av at {{Grunnavtalen}} forlenges, regnes som bruk av {{Kunden}}s neste rett til forlengelse etter dette ledd. Spørsmålet om forlengelse skal drøftes i den siste gjennomgangen etter punkt §[review] før fristen for melding løper ut.
</#if>

Punkt §[exit] gjelder også etter at {{Avtalen}} har opphørt, til overgangen og evalueringen etter punkt §[exit] er gjennomført. Taushetsplikten etter punkt §[confidentiality] gjelder også etter at {{Avtalen}} har opphørt.
<#if (parties.customer.contact)?? || (parties.supplier.contact)??>

### Kontaktpersoner

Henvendelser om {{Avtalen}} rettes til:

<#macro contactLine person>${person.name}<#if person.email??>, e-post ${person.email}</#if><#if person.phone??>, telefon ${person.phone}</#if></#macro>
<#if (parties.customer.contact)??>
- for {{Kunden}}: <@contactLine parties.customer.contact/>
</#if>
<#if (parties.supplier.contact)??>
- for {{Leverandøren}}: <@contactLine parties.supplier.contact/>
</#if>

Punkt §[notices] angir hvilke meldinger som i tillegg må sendes etter {{Grunnavtalen}}s regler.
</#if>

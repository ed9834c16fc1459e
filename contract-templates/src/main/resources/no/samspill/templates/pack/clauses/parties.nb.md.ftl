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

alle samlet kalt {{=Partene}} og hver for seg {{=Part}}. {{Kunden}} og {{Leverandøren}} er hver for seg en {{=Side}}.
<#if sides.customer.several && sides.customer.lead??>

${sides.customer.lead.party.shortName!sides.customer.lead.party.name} er {{=Hovedkunden}}.
</#if>
<#if sides.supplier.several && sides.supplier.lead??>

${sides.supplier.lead.party.shortName!sides.supplier.lead.party.name} er {{=Hovedleverandøren}}.
</#if>
<#if sides.supplier.subcontractors?has_content>

{{Leverandøren}} benytter <#list sides.supplier.subcontractors as p>${p.party.name}, org.nr. ${p.party.orgNumberFormatted()}<#sep>, </#sep></#list>, som <#if sides.supplier.subcontractors?size gt 1>underleverandører<#else>underleverandør</#if>. En underleverandør er ikke part i {{Avtalen}} og undertegner den ikke. Den kan ha sete i foraene etter punkt §[forums], men opptrer der for {{Leverandøren}}, som svarer for underleverandørens arbeid etter {{Grunnavtalen}}s bestemmelser om underleverandører. {{Leverandøren}} skal sørge for at personer fra en underleverandør er bundet av taushetsplikt tilsvarende punkt §[confidentiality] før de deltar i et forum.<#list sides.supplier.subcontractors?filter(p -> p.party.contact??) as p> Kontaktperson hos ${p.party.name} er <@contactLine p.party.contact/>.</#list><#if sides.supplier.subcontractors?filter(p -> p.party.contact??)?has_content> Henvendelser om {{Avtalen}} rettes likevel til {{Leverandøren}}, ikke til underleverandøren.</#if>
</#if>
<#else>
Denne avtalen (heretter {{=Avtalen}}) er inngått mellom

- ${parties.customer.name}, org.nr. ${parties.customer.orgNumberFormatted()}<#if parties.customer.address??>, ${parties.customer.address}</#if> (heretter {{=Kunden}}), og
- ${parties.supplier.name}, org.nr. ${parties.supplier.orgNumberFormatted()}<#if parties.supplier.address??>, ${parties.supplier.address}</#if> (heretter {{=Leverandøren}}),

samlet kalt {{=Partene}} og hver for seg {{=Part}}.
</#if>

{{Avtalen}} bygger på og utfyller ${base.name} (${base.code}), versjon ${base.version}<#if base.reference??>, med referanse ${base.reference}</#if>, mellom {{Partene}} (heretter {{=Grunnavtalen}}). Forholdet mellom de to avtalene er regulert i punkt §[base-agreement].

<#if sides.customer.several || sides.supplier.several>
### Forholdet mellom Partene på samme Side {#sides}
<#list ["customer", "supplier"] as role>
<#assign side = sides[role]>
<#if side.several>
<#if role == "customer"><#assign term = "{{Kunden}}"><#assign one = "{{Kunde}}"><#assign lead = "{{Hovedkunden}}"><#assign other = "{{Leverandøren}}"><#else><#assign term = "{{Leverandøren}}"><#assign one = "{{Leverandør}}"><#assign lead = "{{Hovedleverandøren}}"><#assign other = "{{Kunden}}"></#if>

${term?no_esc} opptrer samlet overfor ${other?no_esc}. Der {{Avtalen}} gir ${term?no_esc} en rett, pålegger ${term?no_esc} å ta stilling til noe eller overlater en beslutning til ${term?no_esc}, <#if "${side.rules.decides}" == "lead" && side.lead??>utøves retten og treffes beslutningen av ${lead?no_esc} på vegne av ${term?no_esc}<#elseif "${side.rules.decides}" == "majority">treffes beslutningen med flertall av ${term?no_esc}, der hver ${one?no_esc} har én stemme<#else>treffes beslutningen av ${term?no_esc} i fellesskap</#if>. I foraene etter punkt §[forums] har ${term?no_esc} én stemme samlet, uansett hvor mange av dem som har sete der. Stemmen avgis av <#if side.lead??>medlemmet fra ${lead?no_esc} eller av et annet medlem fra en ${one?no_esc} som ${lead?no_esc} skriftlig har utpekt<#else>det medlemmet fra en ${one?no_esc} som ${term?no_esc} skriftlig har utpekt</#if>.<#if "${side.rules.decides}" == "lead" && side.lead??> ${lead?no_esc} skal rådføre seg med de øvrige ${term?no_esc} før den tar stilling for ${term?no_esc}, og følge det ${term?no_esc} har avtalt seg imellom.</#if><#if role == "customer"> Dette leddet gjelder ikke plikter og vurderinger som påligger hver ${one?no_esc} etter lov, herunder etter offentleglova, forvaltningsloven, regelverket om offentlige anskaffelser og personvernregelverket. Slike plikter ivaretar hver ${one?no_esc} selv<#if side.lead??>; ${lead?no_esc} kan samordne arbeidet</#if>.</#if>
<#if side.lead??>

${lead?no_esc} kan ikke alene samtykke i endringer i {{Avtalen}} eller {{Grunnavtalen}}<#if role == "customer">, i endringer i fordelingen av kostnader mellom ${term?no_esc}</#if> eller i at {{Grunnavtalen}} opphører for en ${one?no_esc}<#if side.rules.leadMayNotAlone?has_content>, og heller ikke i følgende: <#list side.rules.leadMayNotAlone as item>${item}<#sep>; </#sep></#list></#if>. Slikt samtykke krever skriftlig tilslutning fra hver ${one?no_esc}. ${other?cap_first?no_esc} kan legge til grunn at en melding eller beslutning fra ${lead?no_esc} er gitt på vegne av ${term?no_esc}, med mindre ${other?no_esc} forsto eller burde ha forstått at den gikk ut over det ${lead?no_esc} har myndighet til etter dette punkt.
</#if>
<#if role == "customer">

Det {{Kunden}} skal bære etter {{Avtalen}}, herunder {{Kunden}}s andel av felles kostnader etter punkt §[costs]<#if incentives?has_content> og det {{Kunden}} skal betale etter punkt §[incentives]</#if>, fordeles mellom {{Kunden}} <#if side.rules.costShares?has_content>med disse andelene: <#list side.signing as p>${p.party.shortName!p.party.name} ${fmt.number(side.rules.costShares[p.id])} prosent<#sep>, </#sep></#list><#else>med like store andeler</#if>. Fordelingen gjelder bare mellom {{Kunden}}. Hva hver {{Kunde}} skylder {{Leverandøren}}, følger av {{Grunnavtalen}}. {{Kunden}} svarer ikke solidarisk for hverandres forpliktelser etter {{Avtalen}}, og for {{Kunden}}s andel av felles kostnader etter punkt §[costs] svarer hver {{Kunde}} bare for sin andel etter dette leddet.
<#else>

<#if "${side.rules.liability}" == "jointAndSeveral">${term?no_esc} svarer solidarisk overfor {{Kunden}} for {{Leverandøren}}s forpliktelser etter {{Avtalen}}. En øvre grense for erstatning som etter punkt §[breach] gjelder for mislighold av {{Avtalen}}, gjelder én gang for ${term?no_esc} samlet og ikke for hver ${one?no_esc} for seg. Om og i hvilken utstrekning ${term?no_esc} svarer solidarisk for ytelsene etter {{Grunnavtalen}}, følger av {{Grunnavtalen}}.<#elseif "${side.rules.liability}" == "several">Hver ${one?no_esc} svarer overfor {{Kunden}} for sin del av oppfyllelsen av {{Avtalen}}, slik delene er fordelt i {{Grunnavtalen}}. Dette gjelder ikke i den utstrekning {{Grunnavtalen}} fastsetter at ${term?no_esc} svarer solidarisk.<#else>Ansvaret til ${term?no_esc} overfor {{Kunden}} følger av {{Grunnavtalen}}.</#if> Dette leddet begrenser ikke ansvar som følger av {{Grunnavtalen}}.
</#if>
</#if>
</#list>

Uenighet mellom {{Partene}} på samme {{Side}} løses mellom dem og behandles ikke i foraene eller i eskaleringsstigen, med mindre {{Partene}} på den {{Side}}n ber om det. Bestemmelsene om tvisteløsning i punkt §[governing-law] gjelder uendret.

Der {{Avtalen}} omtaler den andre {{Part}}en, også i genitiv, menes den andre {{Side}}n, som utøver sine rettigheter etter dette punkt og mottar meldinger etter punkt §[notices]. Gjelder bestemmelsen oppfyllelse eller mislighold, menes den eller de {{Partene}} på den andre {{Side}}n som forholdet gjelder. Rettigheter {{Avtalen}} gir en {{Part}} eller hver av {{Partene}}, kan hver {{Part}} utøve selv.

### Når en Part trer ut {#party-leaving}

En {{Part}} trer ut av {{Avtalen}} når {{Grunnavtalen}} opphører for den {{Part}}en mens den fortsetter mellom de øvrige {{Partene}}. Uttredenen får virkning fra samme tidspunkt som {{Grunnavtalen}} opphører for {{Part}}en. En {{Part}} kan ikke tre ut av {{Avtalen}} så lenge {{Grunnavtalen}} gjelder for den.

{{Avtalen}} fortsetter mellom de øvrige {{Partene}}, og den uttredende {{Part}}ens seter i foraene faller bort.<#if sides.customer.several && sides.customer.lead??> Trer {{Hovedkunden}} ut, skal de øvrige {{Kunden}} i fellesskap utpeke en av seg til å overta rollen og meddele {{Leverandøren}} det skriftlig; til det er gjort, treffer de beslutningene for {{Kunden}} enstemmig.</#if><#if sides.supplier.several && sides.supplier.lead??> Trer {{Hovedleverandøren}} ut, skal de øvrige {{Leverandøren}} i fellesskap utpeke en av seg til å overta rollen og meddele {{Kunden}} det skriftlig; til det er gjort, treffer de beslutningene for {{Leverandøren}} enstemmig.</#if><#if sides.customer.several> Fra uttredenen fordeles en uttredende {{Kunde}}s andel etter punkt §[sides] mellom de øvrige {{Kunden}} i forhold til deres andeler.</#if> Er det bare én {{Part}} igjen på en {{Side}}, gjelder bestemmelsene i {{Avtalen}} om <#if sides.customer.several && sides.supplier.several>{{Kunden}} eller {{Leverandøren}}<#elseif sides.customer.several>{{Kunden}}<#else>{{Leverandøren}}</#if> for den {{Part}}en alene.

Uttredenen fritar ikke {{Part}}en for forpliktelser som oppsto før den trådte ut. Punkt §[exit] gjelder for den uttredende {{Part}}en og dens del av ytelsene som om {{Avtalen}} hadde opphørt for den, og taushetsplikten etter punkt §[confidentiality] gjelder fortsatt for den.<#if sides.supplier.several> Om de øvrige {{Leverandøren}} skal overta en uttredende {{Leverandør}}s del av ytelsene, følger av {{Grunnavtalen}}.</#if><#if !expectations.isEmpty()> Den uttredende {{Part}}ens særskilte forpliktelser etter punkt §[expectations] faller bort fra uttredenen, med mindre {{Partene}} avtaler noe annet etter punkt §[changes].</#if>

</#if>
### Varighet {#term}

{{Avtalen}} gjelder fra og med ${fmt.date(contract.term.start)}<#if contract.term.duration??> og løper i ${fmt.period(contract.term.duration)}<#else> til og med ${fmt.date(contract.term.end)}</#if>. Forlenges {{Grunnavtalen}}, forlenges {{Avtalen}} for samme periode. <#if sides.customer.several || sides.supplier.several>Opphører {{Grunnavtalen}} for alle {{Partene}}, opphører {{Avtalen}} samtidig. Opphører den bare for noen av {{Partene}}, gjelder punkt §[party-leaving].<#else>Opphører {{Grunnavtalen}}, opphører {{Avtalen}} samtidig.</#if>
<#if contract.term.extensions?has_content>
<#assign noticeMonths = contract.term.extensionNoticeMonths!3>

{{Kunden}} har rett til å forlenge {{Avtalen}} <#list contract.term.extensions as extension>med ${fmt.period(extension)}<#sep>, deretter </#sep></#list>. Retten utøves ved skriftlig melding til {{Leverandøren}} senest ${fmt.months(noticeMonths)} før den løpende perioden utløper. En forlengelse av {{Avtalen}} gjelder bare for den tid {{Grunnavtalen}} også gjelder, og en forlengelse som følger av at {{Grunnavtalen}} forlenges, regnes som bruk av {{Kunden}}s neste rett til forlengelse etter dette ledd. Spørsmålet om forlengelse skal drøftes i den siste gjennomgangen etter punkt §[review] før fristen for melding løper ut.
</#if>

Punkt §[exit] gjelder også etter at {{Avtalen}} har opphørt, til overgangen og evalueringen etter punkt §[exit] er gjennomført. Taushetsplikten etter punkt §[confidentiality] gjelder også etter at {{Avtalen}} har opphørt.
<#macro contactLine person>${person.name}<#if person.email??>, e-post ${person.email}</#if><#if person.phone??>, telefon ${person.phone}</#if></#macro>
<#-- Every party that signs may name its contact person, in either form; on a side of several
     parties each is named, a side of one is its term. -->
<#if (sides.customer.signing + sides.supplier.signing)?filter(p -> p.party.contact??)?has_content>

### Kontaktpersoner

Henvendelser om {{Avtalen}} rettes til:

<#list ["customer", "supplier"] as role>
<#list sides[role].signing?filter(p -> p.party.contact??) as p>
- for <#if sides[role].several>${p.party.shortName!p.party.name}<#elseif role == "customer">{{Kunden}}<#else>{{Leverandøren}}</#if>: <@contactLine p.party.contact/>
</#list>
</#list>

Punkt §[notices] angir hvilke meldinger som i tillegg må sendes etter {{Grunnavtalen}}s regler.
</#if>

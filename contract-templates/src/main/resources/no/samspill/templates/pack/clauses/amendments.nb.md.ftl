<#-- The amendments to the base agreement's general text: first those that follow from the
     description's choices (baseChanges), then the parties' own. Each text is written to be
     entered in the base agreement's changes appendix as it stands, so it speaks the base
     agreement's language: "avtalen" is the base agreement, and the relational contract is named
     by its title and reference. -->
<#macro target key subject><#assign known = base.clause(key)!><#if known?has_content>punkt ${known.number} (${known.title})<#else>bestemmelser om ${subject}</#if></#macro>
<#assign overlay>relasjonsavtalen</#assign>
<#-- The parties clause's rule on Sides does not reach the appendix, which is part of the base
     agreement: where a side has several parties, the appendix defines "side" itself. -->
<#assign several = sides.customer.several || sides.supplier.several>
<#assign usesSides = several && (baseChanges?seq_contains("notice") || baseChanges?seq_contains("mediation"))>
<#assign changesAppendix><#if base.changesAppendix??>bilag ${base.changesAppendix} om endringer i den generelle avtaleteksten<#else>bilag for endringer i den generelle avtaleteksten</#if></#assign>
<#assign dispute = governance.disputeResolution!>
<#assign arbitration = dispute?has_content && dispute.venue?? && "${dispute.venue}" == "arbitration">
<#if baseChanges?has_content || amendments?has_content>
## Endringer i Grunnavtalen {#amendments}

{{Partene}} har avtalt endringene nedenfor i {{Grunnavtalen}}s generelle avtaletekst. Endringene skal føres inn i {{Grunnavtalen}}s ${changesAppendix} med den ordlyden de har her, og hver endring skal der angi nummeret på det punktet i den generelle avtaleteksten som endres, erstattes eller suppleres, også der endringen nedenfor er angitt ved emne. {{Partene}} skal undertegne endringen av bilaget samtidig med {{Avtalen}}. Inntil den er undertegnet, gjelder {{Grunnavtalen}} uendret, og bestemmelser i {{Avtalen}} som viser til en endring nedenfor, får ikke virkning. I endringstekstene betyr «avtalen» {{Grunnavtalen}}, og «relasjonsavtalen» betyr {{Avtalen}}, slik punkt §[amendment-definitions] sier; den bestemmelsen føres inn først i bilaget. Et punktnummer som står etter «Grunnavtalens punkt», viser til {{Grunnavtalen}} og ikke til {{Avtalen}}.

### Innledende bestemmelse i bilaget {#amendment-definitions}

I dette bilaget betyr «relasjonsavtalen» avtalen «${contract.title}» (referanse ${contract.reference}) mellom partene, slik den lyder ved undertegningen. Senere endringer i relasjonsavtalen får virkning for avtalen bare når de er ført inn i dette bilaget.<#if usesSides> Med «side» menes <#if sides.customer.several>kundene samlet<#else>kunden</#if> eller <#if sides.supplier.several>leverandørene samlet<#else>leverandøren</#if>, og med «den andre siden» menes, for en part, den siden parten ikke tilhører. Hvem som treffer beslutninger for en side, følger av punkt §[sides] i relasjonsavtalen.</#if>
<#if baseChanges?seq_contains("interpretation")>

### Endring av Grunnavtalens <@target "precedence" "tolkning og rangordning"/> {#amendment-interpretation}

Ved tolkning og utfylling av avtalen skal de veiledende prinsippene i punkt §[principles] i ${overlay} legges til grunn. Der avtalen er uklar, skal den forståelsen velges som best samsvarer med prinsippene. Prinsippene gir ikke grunnlag for å se bort fra avtalens klare ordlyd, begrenser ikke en parts rettigheter og beføyelser etter avtalen ut over det som følger av den alminnelige lojalitetsplikten, og gir ingen part krav på vederlag, frister eller andre ytelser.
</#if>
<#if baseChanges?seq_contains("notice")>

### Endring av Grunnavtalens <@target "cancellation" "oppsigelse og avbestilling"/> {#amendment-notice}

Gir avtalen en part rett til å si opp eller avbestille avtalen i sin helhet<#if several>, eller for så vidt den gjelder parten selv,</#if> uten at <#if several>det foreligger mislighold fra den andre siden<#else>den andre parten har misligholdt den</#if>, skal oppsigelsen eller avbestillingen skje skriftlig med minst <#if governance.exit.noticeMonths == 1>én måneds<#else>${fmt.count(governance.exit.noticeMonths)} måneders</#if> varsel. Fastsetter avtalen en lengre frist, gjelder den. Bestemmelsene om heving gjelder uendret.
</#if>
<#if baseChanges?seq_contains("incentives")>
<#assign hasMalus = incentives?filter(i -> "${i.type}" == "malus")?has_content>

### Endring av Grunnavtalens bestemmelser om vederlag {#amendment-incentives}

Insentivene i punkt §[incentives] i ${overlay} er en del av vederlaget etter avtalen og skal spesifiseres i <#if base.priceAppendix??>bilag ${base.priceAppendix}<#else>bilaget om pris og prisbestemmelser</#if>.<#if hasMalus && base.serviceLevelAppendix??> Trekk skal i tillegg angis i bilag ${base.serviceLevelAppendix} om tjenestenivå.</#if> Insentivene faktureres og betales etter avtalens bestemmelser om fakturering og betaling.<#if hasMalus> Gir samme forhold grunnlag både for et trekk etter relasjonsavtalen og for en standardisert kompensasjon, et prisavslag eller en dagbot etter avtalen, skal bare det høyeste av beløpene betales eller trekkes, med mindre det for trekket i relasjonsavtalen er uttrykkelig avtalt at det kommer i tillegg.</#if><#if base.bonusInPriceAppendix!false> Gir samme resultat rett både til en bonus etter relasjonsavtalen og til en bonus etter bilag ${base.priceAppendix}, betales bare den største av dem.</#if>
</#if>
<#if baseChanges?seq_contains("claims")>
<#assign hasCommitments = !expectations.isEmpty()>

### Endring av Grunnavtalens bestemmelser om krav på tilleggsfrist, tilleggsvederlag og erstatning {#amendment-claims}

Ved vurderingen av en parts krav på tilleggsfrist, tilleggsvederlag eller erstatning etter avtalen kan det tillegges vekt at parten ikke har varslet etter punkt §[early-warning]<#if hasCommitments>, eller ikke har oppfylt sine forpliktelser etter punkt §[expectations],</#if> i ${overlay}. Bestemmelsene i avtalen om varsling og om virkningene av at varsel ikke gis, gjelder i tillegg.
</#if>
<#if baseChanges?seq_contains("mediation")>

### Endring av Grunnavtalens <@target "mediation" "mekling"/> {#amendment-mediation}

Denne bestemmelsen erstatter avtalens bestemmelser om mekling<#if "${base.code}" == "SSA-D">, men gjelder ikke for tvister som etter avtalens særlige regler om uenighet om endringer og omtvistede endringsordrer skal løses på annen måte, så langt disse reglene rekker</#if>. Er en tvist som gjelder avtalen eller relasjonsavtalen, ikke løst ved forhandlinger, herunder i eskaleringsstigen i punkt §[escalation] i ${overlay}, <#if several>kan hver part kreve mekling ved skriftlig melding til den andre siden. Er mekling krevd, kan saken ikke bringes inn for <#if arbitration>voldgift<#else>domstolene</#if> før meklingen er avsluttet. Sidene oppnevner mekleren i fellesskap. Er sidene ikke enige om en mekler innen ti virkedager etter at mekling ble krevd, kan hver side be Den Norske Advokatforening oppnevne mekleren. Meklingen avsluttes når sidene er enige, når en av sidene skriftlig meddeler at den ikke ønsker å fortsette, eller senest 60 dager etter at mekleren er oppnevnt, med mindre sidene avtaler en lengre frist. Hver side dekker halvparten av meklerens honorar og utgifter; partene på samme side fordeler sidens halvpart seg imellom slik de har avtalt, og ellers likt. Hver part bærer selv sine øvrige kostnader.<#else>kan hver part kreve mekling ved skriftlig melding til den andre parten. Er mekling krevd, kan saken ikke bringes inn for <#if arbitration>voldgift<#else>domstolene</#if> før meklingen er avsluttet. Partene oppnevner mekleren i fellesskap. Er partene ikke enige om en mekler innen ti virkedager etter at mekling ble krevd, kan hver av dem be Den Norske Advokatforening oppnevne mekleren. Meklingen avsluttes når partene er enige, når en av dem skriftlig meddeler at den ikke ønsker å fortsette, eller senest 60 dager etter at mekleren er oppnevnt, med mindre partene avtaler en lengre frist. Hver part dekker halvparten av meklerens honorar og utgifter og bærer selv sine øvrige kostnader.</#if> Tilbud og innrømmelser under meklingen kan ikke påberopes i en senere sak uten samtykke fra den parten som ga dem. Meklingen er ikke til hinder for at en part tar de skrittene som er nødvendige for å avbryte foreldelse eller sikre sine rettigheter.
</#if>
<#if baseChanges?seq_contains("disputes")>

### Endring av Grunnavtalens <@target "courts" "domstols- eller voldgiftsbehandling"/> {#amendment-disputes}

Denne bestemmelsen erstatter avtalens bestemmelser om <#if arbitration>domstols- eller voldgiftsbehandling<#else>verneting</#if><#if "${base.code}" == "SSA-D">, men gjelder ikke for tvister som etter avtalens særlige regler om uenighet om endringer og omtvistede endringsordrer skal løses på annen måte, så langt disse reglene rekker</#if>.

<#if arbitration>
Tvister som gjelder avtalen eller relasjonsavtalen, og som ikke løses ved forhandlinger<#if baseChanges?seq_contains("mediation")> eller mekling<#else> eller, der det mekles etter avtalen, ved mekling</#if>, skal avgjøres med endelig virkning ved voldgift etter voldgiftsloven<#if dispute.place??>, med ${dispute.place} som voldgiftssted</#if>. Voldgiftsbehandlingen og voldgiftsavgjørelsen skal holdes fortrolige. Dette gjelder ikke i den utstrekning en part har plikt til å gi opplysninger etter lov, herunder etter offentleglova, eller opplysningene er nødvendige for å fullbyrde eller angripe avgjørelsen.
<#else>
Tvister som gjelder avtalen eller relasjonsavtalen, og som ikke løses ved forhandlinger<#if baseChanges?seq_contains("mediation")> eller mekling<#else> eller, der det mekles etter avtalen, ved mekling</#if>, skal avgjøres av de alminnelige domstolene med ${dispute.place} som avtalt verneting.
</#if>
</#if>
<#list amendments as amendment>

### Endring av Grunnavtalens punkt ${amendment.clause} (${amendment.title})

<@text amendment.change/>
</#list>
</#if>

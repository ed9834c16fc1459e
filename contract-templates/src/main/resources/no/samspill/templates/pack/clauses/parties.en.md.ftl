# The relational foundation

## Parties and contractual relationship {#parties}

<#if parties.isListed()>
<#-- A side of several parties: each is named, and the side's term, written here in the singular
     as everywhere else, is made plural throughout by the pack (SideTerms). -->
<#macro partyLine p>${p.party.name}, organisation number ${p.party.orgNumberFormatted()}<#if p.party.address??>, ${p.party.address}</#if></#macro>
This agreement (the {{=Agreement}}) is made between

<#if sides.customer.several>
<#list sides.customer.signing as p>
- <@partyLine p/><#if p.party.shortName??> ("${p.party.shortName}")</#if>,
</#list>

together the {{=Customer}} and each a {{=Customer Party}}, and

<#else>
- <@partyLine sides.customer.signing[0]/> (the {{=Customer}}), and
</#if>
<#if sides.supplier.several>
<#list sides.supplier.signing as p>
- <@partyLine p/><#if p.party.shortName??> ("${p.party.shortName}")</#if>,
</#list>

together the {{=Supplier}} and each a {{=Supplier Party}},
<#else>
- <@partyLine sides.supplier.signing[0]/> (the {{=Supplier}}),
</#if>

all together the {{=Parties}} and each a {{=Party}}. The {{Customer}} and the {{Supplier}} are each a {{=Side}}.
<#if sides.customer.several && sides.customer.lead??>

${sides.customer.lead.party.shortName!sides.customer.lead.party.name} is the {{=Lead Customer}}.
</#if>
<#if sides.supplier.several && sides.supplier.lead??>

${sides.supplier.lead.party.shortName!sides.supplier.lead.party.name} is the {{=Lead Supplier}}.
</#if>
<#if sides.supplier.subcontractors?has_content>

The {{Supplier}} uses <#list sides.supplier.subcontractors as p>${p.party.name}, organisation number ${p.party.orgNumberFormatted()}<#sep>, </#sep></#list>, as <#if sides.supplier.subcontractors?size gt 1>subcontractors<#else>a subcontractor</#if>. A subcontractor is not a party to the {{Agreement}} and does not sign it. It may have a seat in the forums under clause §[forums], but acts there for the {{Supplier}}, ${sides.supplier.several?then("who answer", "which answers")} for the subcontractor's work under the {{Base Agreement}}'s provisions on subcontractors. The {{Supplier}} shall ensure that persons from a subcontractor are bound by a duty of confidentiality equivalent to clause §[confidentiality] before they take part in a forum.<#list sides.supplier.subcontractors?filter(p -> p.party.contact??) as p> The contact person at ${p.party.name} is <@contactLine p.party.contact/>.</#list><#if sides.supplier.subcontractors?filter(p -> p.party.contact??)?has_content> Enquiries about the {{Agreement}} shall nonetheless be addressed to the {{Supplier}}, not to the subcontractor.</#if>
</#if>
<#else>
This agreement (the {{=Agreement}}) is made between

- ${parties.customer.name}, organisation number ${parties.customer.orgNumberFormatted()}<#if parties.customer.address??>, ${parties.customer.address}</#if> (the {{=Customer}}), and
- ${parties.supplier.name}, organisation number ${parties.supplier.orgNumberFormatted()}<#if parties.supplier.address??>, ${parties.supplier.address}</#if> (the {{=Supplier}}),

together the {{=Parties}} and each a {{=Party}}.
</#if>

The {{Agreement}} builds on and supplements the ${base.name} (${base.code}), version ${base.version}<#if base.reference??>, reference ${base.reference}</#if>, between the {{Parties}} (the {{=Base Agreement}}). Clause §[base-agreement] governs the relationship between the two agreements.

<#if sides.customer.several || sides.supplier.several>
### Relationship between the Parties on the same Side {#sides}
<#list ["customer", "supplier"] as role>
<#assign side = sides[role]>
<#if side.several>
<#if role == "customer"><#assign term = "the {{Customer}}"><#assign one = "{{Customer Party}}"><#assign lead = "the {{Lead Customer}}"><#assign other = "the {{Supplier}}"><#else><#assign term = "the {{Supplier}}"><#assign one = "{{Supplier Party}}"><#assign lead = "the {{Lead Supplier}}"><#assign other = "the {{Customer}}"></#if>

${term?cap_first?no_esc} act together towards ${other?no_esc}. Where the {{Agreement}} gives ${term?no_esc} a right, requires ${term?no_esc} to take a position or leaves a decision to ${term?no_esc}, <#if "${side.rules.decides}" == "lead" && side.lead??>the right is exercised and the decision taken by ${lead?no_esc} on behalf of ${term?no_esc}<#elseif "${side.rules.decides}" == "majority">the decision is taken by a majority of ${term?no_esc}, each ${one?no_esc} having one vote<#else>the decision is taken by ${term?no_esc} jointly</#if>. In the forums under clause §[forums], ${term?no_esc} have one vote together, however many of them hold seats there. The vote is cast by <#if side.lead??>the member from ${lead?no_esc} or by another member from a ${one?no_esc} whom ${lead?no_esc} has designated in writing<#else>the member from a ${one?no_esc} whom ${term?no_esc} have designated in writing</#if>.<#if "${side.rules.decides}" == "lead" && side.lead??> ${lead?cap_first?no_esc} shall consult the other parties of ${term?no_esc} before taking a position for them, and shall follow what they have agreed among themselves.</#if><#if role == "customer"> This paragraph does not apply to duties and assessments that rest on each ${one?no_esc} by law, including under the Freedom of Information Act, the Public Administration Act, the public procurement rules and data protection law. Each ${one?no_esc} performs such duties itself<#if side.lead??>; ${lead?no_esc} may coordinate the work</#if>.</#if>
<#if side.lead??>

${lead?cap_first?no_esc} may not alone agree to changes to the {{Agreement}} or the {{Base Agreement}}<#if role == "customer">, to changes in the sharing of costs between ${term?no_esc}</#if> or to the {{Base Agreement}} ending for a ${one?no_esc}<#if side.rules.leadMayNotAlone?has_content>, nor to the following: <#list side.rules.leadMayNotAlone as item>${item}<#sep>; </#sep></#list></#if>. Such consent requires the written agreement of each ${one?no_esc}. ${other?cap_first?no_esc} may assume that a notice or decision from ${lead?no_esc} is given on behalf of ${term?no_esc}, unless ${other?no_esc} knew or ought to have known that it went beyond the authority of ${lead?no_esc} under this clause.
</#if>
<#if role == "customer">

What the {{Customer}} is to bear under the {{Agreement}}, including the {{Customer}}'s share of joint costs under clause §[costs]<#if incentives?has_content> and what the {{Customer}} is to pay under clause §[incentives]</#if>, is divided between the {{Customer}} <#if side.rules.costShares?has_content>in these shares: <#list side.signing as p>${p.party.shortName!p.party.name} ${fmt.number(side.rules.costShares[p.id])} per cent<#sep>, </#sep></#list><#else>in equal shares</#if>. The division applies only between the {{Customer}}. What each {{Customer Party}} owes the {{Supplier}} follows from the {{Base Agreement}}. The {{Customer}} are not jointly and severally liable for one another's obligations under the {{Agreement}}, and each {{Customer Party}} is liable for the {{Customer}}'s share of joint costs under clause §[costs] only up to its own share under this paragraph.
<#else>

<#if "${side.rules.liability}" == "jointAndSeveral">${term?cap_first?no_esc} are jointly and severally liable to the {{Customer}} for the {{Supplier}}'s obligations under the {{Agreement}}. Any upper limit on damages that applies under clause §[breach] to breach of the {{Agreement}} applies once to ${term?no_esc} together, and not to each ${one?no_esc} separately. Whether and to what extent ${term?no_esc} are jointly and severally liable for the deliverables under the {{Base Agreement}} follows from the {{Base Agreement}}.<#elseif "${side.rules.liability}" == "several">Each ${one?no_esc} is liable to the {{Customer}} for its own part of the performance of the {{Agreement}}, as the parts are allocated in the {{Base Agreement}}. This does not apply to the extent that the {{Base Agreement}} makes ${term?no_esc} jointly and severally liable.<#else>The liability of ${term?no_esc} to the {{Customer}} follows from the {{Base Agreement}}.</#if> This paragraph does not limit any liability under the {{Base Agreement}}.
</#if>
</#if>
</#list>

Disagreement between {{Parties}} on the same {{Side}} is resolved between them and is not dealt with in the forums or the escalation ladder, unless the {{Parties}} on that {{Side}} so request. The provisions on dispute resolution in clause §[governing-law] apply unchanged.

Where the {{Agreement}} refers to the other {{Party}}, including in the possessive, it means the other {{Side}}, which exercises its rights under this clause and receives notices under clause §[notices]. Where the provision concerns performance or breach, it means the {{Party}} or {{Parties}} on the other {{Side}} concerned. Rights that the {{Agreement}} gives to a {{Party}} or to each of the {{Parties}} may be exercised by each {{Party}} itself.

### A Party leaving {#party-leaving}

A {{Party}} leaves the {{Agreement}} when the {{Base Agreement}} ends for that {{Party}} while it continues between the other {{Parties}}. Leaving takes effect at the same time as the {{Base Agreement}} ends for that {{Party}}. A {{Party}} may not leave the {{Agreement}} while the {{Base Agreement}} applies to it.

The {{Agreement}} continues between the remaining {{Parties}}, and the seats of the leaving {{Party}} in the forums lapse.<#if sides.customer.several && sides.customer.lead??> If the {{Lead Customer}} leaves, the remaining {{Customer}} shall jointly appoint one of themselves to take over that role and notify the {{Supplier}} in writing; until they have done so, they take the decisions of the {{Customer}} unanimously.</#if><#if sides.supplier.several && sides.supplier.lead??> If the {{Lead Supplier}} leaves, the remaining {{Supplier}} shall jointly appoint one of themselves to take over that role and notify the {{Customer}} in writing; until they have done so, they take the decisions of the {{Supplier}} unanimously.</#if><#if sides.customer.several> From the date of leaving, the share of a leaving {{Customer Party}} under clause §[sides] is divided between the remaining {{Customer}} in proportion to their shares.</#if> Where only one {{Party}} remains on a {{Side}}, the provisions of the {{Agreement}} on <#if sides.customer.several && sides.supplier.several>the {{Customer}} or the {{Supplier}}<#elseif sides.customer.several>the {{Customer}}<#else>the {{Supplier}}</#if> apply to that {{Party}} alone.

Leaving does not release the {{Party}} from obligations that arose before it left. Clause §[exit] applies to the leaving {{Party}} and its part of the performance as if the {{Agreement}} had ended for it, and the duty of confidentiality under clause §[confidentiality] continues to bind it.<#if sides.supplier.several> Whether the remaining {{Supplier}} are to take over the part of the performance of a leaving {{Supplier Party}} follows from the {{Base Agreement}}.</#if><#if !expectations.isEmpty()> The leaving {{Party}}'s specific obligations under clause §[expectations] lapse from the date of leaving, unless the {{Parties}} agree otherwise under clause §[changes].</#if>

</#if>
### Term {#term}

The {{Agreement}} applies from ${fmt.date(contract.term.start)}<#if contract.term.duration??> for a period of ${fmt.period(contract.term.duration)}<#else> up to and including ${fmt.date(contract.term.end)}</#if>. If the {{Base Agreement}} is extended, the {{Agreement}} is extended for the same period. <#if sides.customer.several || sides.supplier.several>If the {{Base Agreement}} ends for all the {{Parties}}, the {{Agreement}} ends at the same time. If it ends for only some of the {{Parties}}, clause §[party-leaving] applies.<#else>If the {{Base Agreement}} ends, the {{Agreement}} ends at the same time.</#if>
<#if contract.term.extensions?has_content>
<#assign noticeMonths = contract.term.extensionNoticeMonths!3>

The {{Customer}} has the right to extend the {{Agreement}} <#list contract.term.extensions as extension>by ${fmt.period(extension)}<#sep>, and then </#sep></#list>. The right is exercised by written notice to the {{Supplier}} no later than ${fmt.months(noticeMonths)} before the current period expires. An extension of the {{Agreement}} applies only for as long as the {{Base Agreement}} also applies, and an extension resulting from an extension of the {{Base Agreement}} counts as the exercise of the {{Customer}}'s next right to extend under this paragraph. Whether to extend shall be discussed at the last review under clause §[review] before the time limit for notice expires.
</#if>

Clause §[exit] continues to apply after the {{Agreement}} has ended, until the transition and the evaluation under clause §[exit] have been completed. The duty of confidentiality under clause §[confidentiality] continues to apply after the {{Agreement}} has ended.
<#macro contactLine person>${person.name}<#if person.email??>, email ${person.email}</#if><#if person.phone??>, telephone ${person.phone}</#if></#macro>
<#-- Every party that signs may name its contact person, in either form; on a side of several
     parties each is named, a side of one is its term. -->
<#if (sides.customer.signing + sides.supplier.signing)?filter(p -> p.party.contact??)?has_content>

### Contact persons

Enquiries about the {{Agreement}} shall be addressed to:

<#list ["customer", "supplier"] as role>
<#list sides[role].signing?filter(p -> p.party.contact??) as p>
- for <#if sides[role].several>${p.party.shortName!p.party.name}<#elseif role == "customer">the {{Customer}}<#else>the {{Supplier}}</#if>: <@contactLine p.party.contact/>
</#list>
</#list>

Clause §[notices] states which notices must in addition be given under the rules of the {{Base Agreement}}.
</#if>

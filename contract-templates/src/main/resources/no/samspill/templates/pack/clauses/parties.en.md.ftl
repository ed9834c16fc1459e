# The relational foundation

## Parties and contractual relationship {#parties}

This agreement (the {{=Agreement}}) is made between

- ${parties.customer.name}, organisation number ${parties.customer.orgNumberFormatted()}<#if parties.customer.address??>, ${parties.customer.address}</#if> (the {{=Customer}}), and
- ${parties.supplier.name}, organisation number ${parties.supplier.orgNumberFormatted()}<#if parties.supplier.address??>, ${parties.supplier.address}</#if> (the {{=Supplier}}),

together the {{=Parties}}.

The {{Agreement}} builds on and supplements the ${base.name} (${base.code}), version ${base.version}<#if base.reference??>, reference ${base.reference}</#if>, between the {{Parties}} (the {{=Base Agreement}}). Clause §[base-agreement] governs the relationship between the two agreements.

### Term {#term}

The {{Agreement}} applies from ${fmt.date(contract.term.start)}<#if contract.term.duration??> for ${fmt.period(contract.term.duration)}<#else> until and including ${fmt.date(contract.term.end)}</#if>.<#if contract.term.extensions?has_content> The {{Customer}} may extend the {{Agreement}} <#list contract.term.extensions as extension>by ${fmt.period(extension)}<#sep>, and then </#sep></#list>. An extension is made by written notice to the {{Supplier}} before the current period expires, and shall be discussed at the last review under clause §[review] before expiry.</#if>

If the {{Base Agreement}} ends, the {{Agreement}} ends at the same time. Clause §[exit] nevertheless applies until the transition has been completed.
<#if parties.customer.contact?? || parties.supplier.contact??>

### Contact persons

Enquiries about the {{Agreement}} shall be addressed to:

<#macro contactLine person>${person.name}<#if person.email??>, email ${person.email}</#if><#if person.phone??>, telephone ${person.phone}</#if></#macro>
<#if parties.customer.contact??>
- for the {{Customer}}: <@contactLine parties.customer.contact/>
</#if>
<#if parties.supplier.contact??>
- for the {{Supplier}}: <@contactLine parties.supplier.contact/>
</#if>
</#if>

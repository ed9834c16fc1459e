<#-- With several parties on a side, a side's commitments bind each of its parties unless only the
     side as a whole can perform them, and a party may have commitments of its own. -->
<#if !expectations.isEmpty()>
## The Parties' obligations in the collaboration {#expectations}

The {{Parties}} have stated what they expect of each other. Those expectations are set out here as obligations that apply in addition to the deliverables under the {{Base Agreement}}.
<#list ["customer", "supplier"] as role>
<#assign side = sides[role]>
<#assign commitments = (role == "customer")?then(expectations.customer, expectations.supplier)>
<#if role == "customer"><#assign term = "{{Customer}}"><#assign one = "{{Customer Party}}"><#else><#assign term = "{{Supplier}}"><#assign one = "{{Supplier Party}}"></#if>
<#if commitments?has_content>

### <#if role == "customer">${side.several?then("The Customers'", "The Customer's")}<#else>${side.several?then("The Suppliers'", "The Supplier's")}</#if> obligations

The ${term?no_esc} shall:

<#list commitments as commitment>
- ${commitment}
</#list>
<#if side.several>

Each ${one?no_esc} is bound by the obligations above, unless an obligation by its nature can only be performed by the ${term?no_esc} together; the ${term?no_esc} shall then see to it among themselves that it is performed.
</#if>
</#if>
<#list side.signing as p>
<#if (expectations.parties[p.id])?has_content>

### Obligations of ${p.party.shortName!p.party.name}

${p.party.shortName!p.party.name} shall:

<#list expectations.parties[p.id] as commitment>
- ${commitment}
</#list>
</#if>
</#list>
</#list>

Each of the {{Parties}} shall report on its own performance of these obligations at the meetings of ${fmt.forum(forums.reporting)}. If a {{Party}} considers that an obligation is no longer suitable, it shall propose a change under clause §[changes] rather than fail to perform it. The relationship between these obligations and the {{Base Agreement}} follows from clause §[breach].
</#if>

<#if expectations.customer?has_content || expectations.supplier?has_content>
## The Parties' commitments in the collaboration {#expectations}

The {{Parties}} have stated what they expect of each other. Those expectations are set out here as commitments that apply in addition to the deliverables under the {{Base Agreement}}.
<#if expectations.customer?has_content>

### The Customer's commitments

The {{Customer}} shall:

<#list expectations.customer as commitment>
- ${commitment}
</#list>
</#if>
<#if expectations.supplier?has_content>

### The Supplier's commitments

The {{Supplier}} shall:

<#list expectations.supplier as commitment>
- ${commitment}
</#list>
</#if>

Each of the {{Parties}} shall report on its own fulfilment of these commitments at the meetings of ${fmt.forum(forums.reporting)}. If one of the {{Parties}} considers that a commitment is no longer suitable, it shall propose a change under clause §[changes] rather than fail to fulfil it.
</#if>

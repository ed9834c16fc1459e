<#if expectations.customer?has_content || expectations.supplier?has_content>
## The Parties' obligations in the collaboration {#expectations}

The {{Parties}} have stated what they expect of each other. Those expectations are set out here as obligations that apply in addition to the deliverables under the {{Base Agreement}}.
<#if expectations.customer?has_content>

### The Customer's obligations

The {{Customer}} shall:

<#list expectations.customer as commitment>
- ${commitment}
</#list>
</#if>
<#if expectations.supplier?has_content>

### The Supplier's obligations

The {{Supplier}} shall:

<#list expectations.supplier as commitment>
- ${commitment}
</#list>
</#if>

Each of the {{Parties}} shall report on its own performance of these obligations at the meetings of ${fmt.forum(forums.reporting)}. If a {{Party}} considers that an obligation is no longer suitable, it shall propose a change under clause §[changes] rather than fail to perform it. The relationship between these obligations and the {{Base Agreement}} follows from clause §[breach].
</#if>

<#-- A forum name takes "the" only when written in title case, as English names of bodies are (the Partnership Board); a name in sentence case, as Norwegian names are (Samarbeidsforumet), is printed as it stands: "the Samarbeidsforumet" would double the article. -->
<#function the name><#return (name?matches("[A-ZÆØÅ]\\S*( (\\S{1,3}|[A-ZÆØÅ]\\S*))+") && !name?matches("(?i)the .*"))?then("the " + name, name)></#function>
<#if expectations.customer?has_content || expectations.supplier?has_content>
<#assign reportForum = governance.forums[0]>
<#list governance.forums as forum><#if "${forum.level}" == "tactical"><#assign reportForum = forum><#break></#if></#list>
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

Each of the {{Parties}} shall report on its own fulfilment of these commitments at the meetings of ${the(reportForum.name)}. If one of the {{Parties}} considers that a commitment is no longer suitable, it shall propose a change under clause §[changes] rather than fail to fulfil it.
</#if>

<#-- With several parties on a side, each side speaks with one voice (clause sides). -->
<#assign several = sides.customer.several || sides.supplier.several>
<#-- Responsibilities are typed as separate items, each with a capital; joined with semicolons in one cell, the items after the first start in lower case, unless the word is an abbreviation (IT-sjef, NAV). -->
<#function continued item><#return (item?length gt 1 && item?substring(1, 2) == item?substring(1, 2)?lower_case)?then(item?uncap_first, item)></#function>
<#assign anyConsensus = false>
<#assign anyMajority = false>
<#list governance.forums as forum><#if "${forum.decisionRule}" == "majority"><#assign anyMajority = true><#else><#assign anyConsensus = true></#if></#list>
<#assign managers = governance.relationshipManagers!>
# Governance of the relationship

## Organisation and forums {#forums}

The {{Parties}} shall govern the collaboration through the forums below. <#if several>Each forum has members from both the {{Customer}} and the {{Supplier}}<#else>Each forum has members from both {{Parties}}</#if>, so that a matter is handled by people at the same level on each side.

| ${label("table.forum")} | ${label("table.level")} | ${label("table.members")} | ${label("table.meets")} | ${label("table.decisionRule")} | ${label("table.responsibilities")} |
|---|---|---|---|---|---|
<#list governance.forums as forum>
| ${forum.name} | ${label("level.${forum.level}")} | <#list forum.members as member>${member.role} (${names.of(member.party)})<#sep>, </#sep></#list> | ${fmt.frequency(forum.frequency)} | ${label("decisionRule.${forum.decisionRule}")} | <#if forum.responsibilities?has_content><#list forum.responsibilities as responsibility><#if responsibility?is_first>${responsibility}<#else>${continued(responsibility)}</#if><#sep>; </#sep></#list><#else>–</#if> |
</#list>
<#-- Whether the paragraph is there may not depend on the names: the editions of a parallel edition must have the same paragraphs, and a short name that only adds an article in English ("the Steering Group") differs in Norwegian ("styringsgruppen"). -->
<#assign shortNamed = governance.forums?filter(f -> f.shortName??)>
<#assign named = shortNamed?filter(f -> f.shortName?lower_case != f.name?lower_case && f.shortName?lower_case != ("the " + f.name)?lower_case)>
<#if shortNamed?has_content>

<#if named?has_content>In the {{Agreement}}, <#list named as forum>${forum.name} is referred to as ${forum.shortName}<#sep><#if named?size - forum?index == 2> and <#else>, </#if></#sep></#list>.<#else>In the {{Agreement}}, the forums are referred to by the names in the table above.</#if>
</#if>

### Decisions

<#if several>A forum has a quorum when a member who may cast each {{Side}}'s vote under clause §[sides] is present.<#if sides.supplier.subcontractors?has_content> Members from a subcontractor do not count towards the quorum and have no vote.</#if><#if anyConsensus> A forum that decides by consensus makes a decision when the {{Customer}} and the {{Supplier}} agree, each {{Side}} taking its position under clause §[sides].</#if><#else>A forum has a quorum when at least one member from each of the {{Parties}} is present.<#if anyConsensus> A forum that decides by consensus makes a decision when the members from both {{Parties}} agree.</#if></#if><#if anyMajority> In a forum that decides by majority, the {{Customer}}'s members together hold as many votes as the {{Supplier}}'s members together, however many members each of the {{Parties}} has; if the votes are equal, the matter is not decided.</#if> A matter on which a forum cannot agree shall be dealt with under clause §[escalation].

A forum cannot amend the {{Agreement}} or the {{Base Agreement}} by its decision. Changes are made under clause §[changes].

### Members

Before the first meeting of each forum, each of the {{Parties}} shall notify the other {{Party}} in writing who holds its roles. A member may be represented by a deputy with equivalent authority. At its first meeting each forum shall go through the {{Agreement}}, in particular the principles in clause §[principles]. Whichever of the {{Parties}} appoints a new member or deputy shall ensure that the person has been introduced to the {{Agreement}} and the principles before attending their first meeting.

### Replacement of members and relationship managers {#key-personnel}

A {{Party}} may replace a member of a forum or its relationship manager only with a person of equivalent authority and competence, and shall notify the other {{Party}} in writing as early as possible before the replacement. The other {{Party}} may, within ten working days after the notice, raise reasoned objections, and the {{Parties}} shall then discuss the replacement before it takes effect. An objection does not entitle the other {{Party}} to prevent the replacement unless the {{Base Agreement}}'s provisions on key personnel so provide. The {{Base Agreement}}'s provisions on key personnel apply to persons who are also key personnel under the {{Base Agreement}}.

### Relationship managers {#relationship-managers}

<#if managers?has_content && managers.customer?? && managers.supplier??>
The {{Customer}}'s relationship manager is ${managers.customer.name}<#if managers.customer.title??>, ${managers.customer.title}</#if>. The {{Supplier}}'s relationship manager is ${managers.supplier.name}<#if managers.supplier.title??>, ${managers.supplier.title}</#if>.
<#elseif managers?has_content && managers.customer??>
The {{Customer}}'s relationship manager is ${managers.customer.name}<#if managers.customer.title??>, ${managers.customer.title}</#if>. The {{Supplier}} shall appoint ${sides.supplier.several?then("their", "its")} relationship manager and notify the {{Customer}} of the name in writing before the first meeting of any forum.
<#elseif managers?has_content && managers.supplier??>
The {{Supplier}}'s relationship manager is ${managers.supplier.name}<#if managers.supplier.title??>, ${managers.supplier.title}</#if>. The {{Customer}} shall appoint ${sides.customer.several?then("their", "its")} relationship manager and notify the {{Supplier}} of the name in writing before the first meeting of any forum.
<#elseif several>
Each {{Side}} shall appoint a relationship manager and notify the other {{Side}} of the name in writing before the first meeting of any forum.
<#else>
Each of the {{Parties}} shall appoint a relationship manager and notify the other {{Party}} of the name in writing before the first meeting of any forum.
</#if>
<#assign ownManagers = (sides.customer.signing + sides.supplier.signing)?filter(p -> (managers.parties[p.id])??)>
<#if managers?has_content && ownManagers?has_content>

In addition, <#list ownManagers as p><#assign person = managers.parties[p.id]>${person.name}<#if person.title??>, ${person.title},</#if> is the relationship manager of ${p.party.shortName!p.party.name}<#sep><#if ownManagers?size - p?index == 2> and <#else>, </#if></#sep></#list>. A single {{Party}}'s relationship manager is that {{Party}}'s point of contact and keeps it informed, but it is the {{Side}}'s relationship manager who acts for the {{Side}} under this clause. Where the {{Agreement}} otherwise refers to the relationship managers, it means the {{Customer}}'s and the {{Supplier}}'s relationship managers.
</#if>

The relationship managers are the {{Parties}}' standing points of contact for the collaboration. They shall jointly prepare the meetings of the forums, keep the registers under the {{Agreement}}, see to it that the relationship health checks are carried out and monitor that the principles are observed. The role may be combined with that of representative under the {{Base Agreement}}, but does not in itself confer authority to amend either agreement.

<#-- A forum name takes "the" only when written in title case, as English names of bodies are (the Partnership Board); a name in sentence case, as Norwegian names are (Samarbeidsforumet), is printed as it stands: "the Samarbeidsforumet" would double the article. -->
<#function the name><#return (name?matches("[A-ZÆØÅ]\\S*( (\\S{1,3}|[A-ZÆØÅ]\\S*))+") && !name?matches("(?i)the .*"))?then("the " + name, name)></#function>
<#assign reportForum = governance.forums[0]>
<#list governance.forums as forum><#if "${forum.level}" == "tactical"><#assign reportForum = forum><#break></#if></#list>
<#assign approvalForum = reportForum>
<#list governance.forums as forum><#if "${forum.level}" == "strategic"><#assign approvalForum = forum><#break></#if></#list>
## Changes and continuous improvement {#changes}

### What may trigger a change

The {{Parties}} shall consider whether the collaboration should be changed when

- needs, scope, volumes, technology or regulation change materially,
- a measure moves materially away from its target over time,
- a relationship health check, the review of the {{Agreement}} under clause §[review] or a warning under clause §[early-warning] shows a need for it,
- the balance between the {{Parties}}' costs, risks and gains shifts materially because of circumstances beyond the control of either of them, or
- one of the {{Parties}} proposes an improvement.

### Change proposals

Either of the {{Parties}} may submit a written change proposal to the recipient's relationship manager. The proposal shall describe the change and the reasons for it, and its effects on the objectives and measures, on price, time and quality, on risk and on the balance between the {{Parties}}. The proposal shall be dealt with at the first meeting of ${the(reportForum.name)} after it has been received, or at an extraordinary meeting if the matter is urgent.

### Assessment

The proposal shall be assessed against the vision in clause §[vision], the objectives in clause §[objectives] and the principles in clause §[principles]. The assessment shall be recorded in the minutes. If the balance between the {{Parties}} has shifted materially, the {{Parties}} shall negotiate loyally for a new and fair allocation.

### Decision and documentation

Changes to the {{Agreement}} shall be approved by ${the(approvalForum.name)}. Changes to deliverables, remuneration or other terms under the {{Base Agreement}} are agreed under the change provisions of the {{Base Agreement}} and recorded in the {{Base Agreement}}'s <#if base.changesAfterSigningAppendix??>Appendix ${base.changesAfterSigningAppendix} on changes after the conclusion of the agreement<#else>appendix for changes after the conclusion of the agreement</#if>. Changes to the general text of the {{Base Agreement}} are entered in <#if base.changesAppendix??>Appendix ${base.changesAppendix} on changes to the general contractual text<#else>the appendix for changes to the general contractual text</#if>. A change is binding only when it is in writing and signed by persons authorised to bind the {{Parties}}.

### Public procurement rules

If the {{Customer}} is a contracting authority under the public procurement rules, the {{Customer}} shall, before a change is approved, assess whether it is permitted under section 28-1 of the Norwegian Public Procurement Regulations (*forskrift om offentlige anskaffelser*) and whether it is a substantial change under section 28-2. A change that can only be made after a new competition cannot be agreed under this clause. The {{Supplier}} shall give the {{Customer}} the information the assessment requires. The assessment shall be recorded in the minutes.

### Continuous improvement

Each of the {{Parties}} shall actively propose improvements to the deliverables and to the collaboration. ${the(reportForum.name)?cap_first} shall keep a record of the proposals and of the decisions on them. <#if incentives?has_content>Gains from improvements are shared under clause §[incentives] where this has been agreed, and otherwise as agreed between the {{Parties}} in accordance with the principles.<#else>Gains from improvements are shared as agreed between the {{Parties}} in accordance with the principles.</#if>

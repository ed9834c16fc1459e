<#-- A forum name takes "the" only when written in title case, as English names of bodies are (the Partnership Board); a name in sentence case, as Norwegian names are (Samarbeidsforumet), is printed as it stands: "the Samarbeidsforumet" would double the article. -->
<#function the name><#return (name?matches("[A-ZÆØÅ]\\S*( (\\S{1,3}|[A-ZÆØÅ]\\S*))+") && !name?matches("(?i)the .*"))?then("the " + name, name)></#function>
<#assign approvalForum = governance.forums[0]>
<#list governance.forums as forum><#if "${forum.level}" == "tactical"><#assign approvalForum = forum><#break></#if></#list>
<#list governance.forums as forum><#if "${forum.level}" == "strategic"><#assign approvalForum = forum><#break></#if></#list>
<#assign exitTerms = governance.exit!>
## Exit and transition {#exit}

### Notice of exit

Before either of the {{Parties}} terminates or cancels without breach by the other, it shall have put its reasons before ${the(approvalForum.name)}, so that the other has an opportunity to propose measures.<#if exitTerms?has_content && exitTerms.noticeMonths??> Where the {{Base Agreement}} permits the contractual relationship to be ended before the term expires, written notice of at least ${exitTerms.noticeMonths} months shall be given, unless the {{Base Agreement}} sets a longer period. Such a period prevails over a shorter period in the general text of the {{Base Agreement}} only if it has been entered in the {{Base Agreement}}'s <#if base.changesAppendix??>Appendix ${base.changesAppendix} on changes to the general contractual text<#else>appendix for changes to the general contractual text</#if>.</#if> The provisions of the {{Base Agreement}} on termination for breach apply unchanged.

### Joint exit and transition plan

The {{Parties}} shall jointly prepare an exit and transition plan, to be completed <#if exitTerms?has_content && exitTerms.transitionPlanMonths??>no later than ${exitTerms.transitionPlanMonths} months after the {{Agreement}} has been signed<#if contract.date??>, that is by ${fmt.date(fmt.plusMonths(contract.date, exitTerms.transitionPlanMonths))}</#if><#else>before the first review under clause §[review]</#if>. The {{Supplier}} shall prepare the draft, and the {{Customer}} shall provide the information and state the requirements the plan needs. The plan shall describe the activities, responsibilities and timetable for transferring the deliverables to the {{Customer}} or to a new supplier, including the transfer of data, documentation and knowledge, the handling of licences and third-party agreements, any parallel running and the costs of the transition. The plan shall be approved by ${the(approvalForum.name)} and updated at every review under clause §[review].

### Cooperation with a new supplier

On exit, the {{Supplier}} shall cooperate loyally with the {{Customer}} and with any new supplier so that the transition takes place without unnecessary interruption. The {{Supplier}} shall provide the information needed to plan the transition and to carry out a new procurement. The remuneration for this assistance follows from the price provisions of the {{Base Agreement}}.

### Transfer of data and knowledge

The {{Supplier}} shall transfer the {{Customer}}'s data in a documented, commonly used and machine-readable format, together with the documentation needed to use the data, and shall transfer knowledge in accordance with the plan. When the {{Customer}} has confirmed in writing that the transfer is complete, the {{Supplier}} shall delete the {{Customer}}'s data, unless the law requires it to be retained. The {{Customer}} shall in good time make the decisions and give the access that the transition requires.

### Evaluation

Within three months after the transition has been completed, the {{Parties}} shall hold a joint evaluation meeting on the lessons of the collaboration. The obligations in this clause apply until the transition and the evaluation have been completed, even if the {{Agreement}} has otherwise ended.

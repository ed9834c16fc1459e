<#assign exitTerms = governance.exit!>
<#assign planMonths = (exitTerms.transitionPlanMonths)!0>
## Exit and transition {#exit}

### Before the contractual relationship is ended

A {{Party}} that is considering terminating or cancelling the {{Base Agreement}} without the other {{Party}} being in breach, or not extending it, shall present its reasons to ${fmt.forum(forums.approving)} as early as possible, so that the other {{Party}} has an opportunity to propose measures. A failure to do so does not make the termination or cancellation invalid and does not extend any time limit.<#if baseChanges?seq_contains("notice")> The period of notice for termination and cancellation follows from the amendment in clause §[amendment-notice].</#if> The {{Base Agreement}}'s provisions on termination for breach apply unchanged.

### Joint exit and transition plan

The {{Parties}} shall jointly prepare an exit and transition plan, which shall be completed <#if planMonths gt 0><#if contract.date??>by ${fmt.date(fmt.plusMonths(contract.date, planMonths))}<#else>no later than ${fmt.months(planMonths)} after the {{Agreement}} has been signed</#if><#else>before the first review under clause §[review]</#if>. The {{Supplier}} shall prepare the draft, and the {{Customer}} shall provide the information the plan needs and state ${sides.customer.several?then("their", "its")} requirements for the plan. The plan shall describe the activities, responsibilities and timetable for transferring the deliverables to the {{Customer}} or a new supplier, including the transfer of data, documentation and knowledge, the licences and rights of use the {{Customer}} needs during the transition and how they are secured, the handling of third-party agreements, any parallel operation and the costs of the transition. The plan shall be approved by ${fmt.forum(forums.approving)} and updated at every review under clause §[review].

### Cooperation with a new supplier

On exit, the {{Supplier}} shall cooperate in good faith with the {{Customer}} and with a new supplier so that the transition takes place without unnecessary interruption. The {{Supplier}} shall provide the information needed to plan the transition and to carry out a new procurement, within the limits of the duty of confidentiality under clause §[confidentiality].

### Transfer and deletion of data

In this clause, "the {{Customer}}'s data" means data that the {{Customer}}, or users on the {{Customer}}'s behalf, have entered into or had processed in the solutions under the {{Base Agreement}}, together with the metadata and configuration data needed to put the data to use.

The {{Supplier}} shall transfer the {{Customer}}'s data in a documented, commonly used and machine-readable format, together with the documentation needed to put the data to use, within 30 days after the {{Customer}} has requested it in writing, and so that the transfer is completed before the contractual relationship ends, unless the plan provides otherwise. Knowledge shall be transferred in accordance with the plan. The {{Customer}} shall in good time make the decisions and give the access that the transition requires.

When the {{Customer}} has confirmed in writing that the transfer is complete, the {{Supplier}} shall within 30 days delete the {{Customer}}'s data, including backup copies, and confirm in writing that this has been done. Where the law requires data to be retained, the {{Supplier}} shall state in the confirmation which data are retained and on what basis, and delete them when the obligation ceases. Where the {{Base Agreement}} or a data processing agreement between the {{Parties}} lays down other time limits or requirements for transfer or deletion, those apply.

### Remuneration for assistance with the transition

The remuneration for the {{Supplier}}'s assistance with the transition follows from the {{Base Agreement}}'s pricing provisions. Where the {{Base Agreement}} does not lay down remuneration for such assistance, the remuneration shall be agreed under the {{Base Agreement}}'s change provisions before the work begins, cf. clause §[changes].

### Evaluation

The {{Parties}} shall, within three months after the transition has been completed, hold a joint evaluation meeting on what can be learned from the collaboration.

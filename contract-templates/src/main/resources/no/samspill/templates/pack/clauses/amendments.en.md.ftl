<#-- The amendments to the base agreement's general contractual wording: first those that follow
     from the description's choices (baseChanges), then the parties' own. Each text is written to
     be entered in the base agreement's changes appendix as it stands, so it speaks the base
     agreement's language: "the agreement" is the base agreement, and the relational contract is
     named by its title and reference. -->
<#macro target key subject><#assign known = base.clause(key)!><#if known?has_content>clause ${known.number} (${known.title})<#else>provisions on ${subject}</#if></#macro>
<#assign overlay>the relational agreement</#assign>
<#-- The parties clause's rule on Sides does not reach the appendix, which is part of the base
     agreement: where a side has several parties, the appendix defines "side" itself. -->
<#assign several = sides.customer.several || sides.supplier.several>
<#assign usesSides = several && (baseChanges?seq_contains("notice") || baseChanges?seq_contains("mediation"))>
<#assign changesAppendix><#if base.changesAppendix??>Appendix ${base.changesAppendix} on changes to the general contractual wording<#else>appendix for changes to the general contractual wording</#if></#assign>
<#assign dispute = governance.disputeResolution!>
<#assign arbitration = dispute?has_content && dispute.venue?? && "${dispute.venue}" == "arbitration">
<#if baseChanges?has_content || amendments?has_content>
## Amendments to the Base Agreement {#amendments}

The {{Parties}} have agreed the amendments below to the {{Base Agreement}}'s general contractual wording. The amendments shall be entered, as worded here, in the {{Base Agreement}}'s ${changesAppendix}, each stating there the number of the clause of the general contractual wording that it amends, replaces or supplements, including where the amendment below is identified by its subject. The {{Parties}} shall sign the amended appendix together with the {{Agreement}}. Until it has been signed, the {{Base Agreement}} applies unamended, and provisions of the {{Agreement}} that refer to an amendment below have no effect. In the texts of the amendments, "the agreement" means the {{Base Agreement}}, and "the relational agreement" means the {{Agreement}}, as clause §[amendment-definitions] provides; that provision is entered first in the appendix. A clause number that follows "the Base Agreement's clause" refers to the {{Base Agreement}}, not to the {{Agreement}}.

### Introductory provision of the appendix {#amendment-definitions}

In this appendix, "the relational agreement" means the agreement "${contract.title}" (reference ${contract.reference}) between the parties, as worded at the time of signature. Later changes to the relational agreement take effect for the agreement only when they have been entered in this appendix.<#if usesSides> "Side" means <#if sides.customer.several>the customers together<#else>the customer</#if> or <#if sides.supplier.several>the suppliers together<#else>the supplier</#if>, and "the other side" means, for a party, the side to which that party does not belong. Who takes decisions for a side follows from clause §[sides] of the relational agreement.</#if>
<#if baseChanges?seq_contains("interpretation")>

### Amendment to the Base Agreement's <@target "precedence" "interpretation and precedence"/> {#amendment-interpretation}

In the interpretation and gap-filling of the agreement, the guiding principles in clause §[principles] of ${overlay} shall be applied. Where the agreement is unclear, the reading that best accords with the principles shall be chosen. The principles do not permit the clear wording of the agreement to be disregarded, do not limit a party's rights and remedies under the agreement beyond what follows from the general duty of loyalty, and entitle neither party to remuneration, time or any other performance.
</#if>
<#if baseChanges?seq_contains("notice")>

### Amendment to the Base Agreement's <@target "cancellation" "termination and cancellation"/> {#amendment-notice}

Where the agreement gives a party the right to terminate or cancel the agreement as a whole<#if several>, or in so far as it concerns that party,</#if> without <#if several>breach by the other side<#else>the other party being in breach</#if>, the termination or cancellation shall be made in writing with at least <#if governance.exit.noticeMonths == 1>one month's<#else>${fmt.count(governance.exit.noticeMonths)} months'</#if> notice. Where the agreement lays down a longer period, that period applies. The provisions on termination for breach apply unchanged.
</#if>
<#if baseChanges?seq_contains("incentives")>
<#assign hasMalus = incentives?filter(i -> "${i.type}" == "malus")?has_content>

### Amendment to the Base Agreement's provisions on remuneration {#amendment-incentives}

The incentives in clause §[incentives] of ${overlay} form part of the remuneration under the agreement and shall be specified in <#if base.priceAppendix??>Appendix ${base.priceAppendix}<#else>the appendix on prices and pricing provisions</#if>.<#if hasMalus && base.serviceLevelAppendix??> Deductions shall in addition be stated in Appendix ${base.serviceLevelAppendix} on service levels.</#if> The incentives are invoiced and paid under the agreement's provisions on invoicing and payment.<#if hasMalus> Where the same circumstance gives grounds both for a deduction under the relational agreement and for standardised compensation, a price reduction or liquidated damages under the agreement, only the highest of the amounts shall be paid or deducted, unless it is expressly agreed for the deduction in the relational agreement that it applies in addition.</#if><#if base.bonusInPriceAppendix!false> Where the same result gives a right both to a bonus under the relational agreement and to a bonus under Appendix ${base.priceAppendix}, only the higher bonus is paid.</#if>
</#if>
<#if baseChanges?seq_contains("claims")>
<#assign hasCommitments = !expectations.isEmpty()>

### Amendment to the Base Agreement's provisions on claims for an extension of time, additional remuneration and damages {#amendment-claims}

In assessing a party's claim for an extension of time, additional remuneration or damages under the agreement, weight may be given to the party's failure to warn under clause §[early-warning]<#if hasCommitments>, or to perform its obligations under clause §[expectations],</#if> of ${overlay}. The provisions of the agreement on notification and on the consequences of a failure to notify apply in addition.
</#if>
<#if baseChanges?seq_contains("mediation")>

### Amendment to the Base Agreement's <@target "mediation" "mediation"/> {#amendment-mediation}

This provision replaces the agreement's provisions on mediation<#if "${base.code}" == "SSA-D">, but does not apply to disputes which, under the agreement's special rules on disagreement about changes and disputed change orders, are to be resolved in another way, to the extent those rules apply</#if>. If a dispute concerning the agreement or the relational agreement has not been resolved by negotiation, including in the escalation ladder in clause §[escalation] of ${overlay}, <#if several>each party may require mediation by written notice to the other side. Once mediation has been required, the matter may not be brought before <#if arbitration>arbitration<#else>the courts</#if> until the mediation has ended. The sides appoint the mediator jointly. If the sides have not agreed on a mediator within ten working days after mediation was required, each side may ask the Norwegian Bar Association (Den Norske Advokatforening) to appoint the mediator. The mediation ends when the sides agree, when one of the sides gives written notice that it does not wish to continue, or no later than 60 days after the mediator has been appointed, unless the sides agree a longer period. Each side bears half of the mediator's fees and expenses; the parties on the same side divide that side's half among themselves as they have agreed, and otherwise equally. Each party bears its other costs itself.<#else>either party may require mediation by written notice to the other party. Once mediation has been required, the matter may not be brought before <#if arbitration>arbitration<#else>the courts</#if> until the mediation has ended. The parties appoint the mediator jointly. If the parties have not agreed on a mediator within ten working days after mediation was required, either of them may ask the Norwegian Bar Association (Den Norske Advokatforening) to appoint the mediator. The mediation ends when the parties agree, when one of them gives written notice that it does not wish to continue, or no later than 60 days after the mediator has been appointed, unless the parties agree a longer period. Each party bears half of the mediator's fees and expenses and bears its other costs itself.</#if> Offers and concessions made in the mediation may not be relied on in later proceedings without the consent of the party that made them. The mediation does not prevent a party from taking the steps needed to interrupt limitation or to preserve its rights.
</#if>
<#if baseChanges?seq_contains("disputes")>

### Amendment to the Base Agreement's <@target "courts" "court or arbitration proceedings"/> {#amendment-disputes}

This provision replaces the agreement's provisions on <#if arbitration>court or arbitration proceedings<#else>venue</#if><#if "${base.code}" == "SSA-D">, but does not apply to disputes which, under the agreement's special rules on disagreement about changes and disputed change orders, are to be resolved in another way, to the extent those rules apply</#if>.

<#if arbitration>
Disputes concerning the agreement or the relational agreement that are not resolved by negotiation<#if baseChanges?seq_contains("mediation")> or mediation<#else> or, where mediation is used under the agreement, by mediation,</#if> shall be finally settled by arbitration under the Norwegian Arbitration Act<#if dispute.place??>, with ${dispute.place} as the seat of arbitration</#if>. The arbitral proceedings and the award shall be kept confidential. This does not apply to the extent that a party is required by law to disclose information, including under the Norwegian Freedom of Information Act (offentleglova), or the information is needed to enforce or challenge the award.
<#else>
Disputes concerning the agreement or the relational agreement that are not resolved by negotiation<#if baseChanges?seq_contains("mediation")> or mediation<#else> or, where mediation is used under the agreement, by mediation,</#if> shall be settled by the ordinary courts, with ${dispute.place} as the agreed venue.
</#if>
</#if>
<#list amendments as amendment>

### Amendment to the Base Agreement's clause ${amendment.clause} (${amendment.title})

<@text amendment.change/>
</#list>
</#if>

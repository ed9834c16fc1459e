# Relation to the standard agreement

## The Base Agreement {#base-agreement}

The {{Base Agreement}} is the ${base.name} (${base.code}), version ${base.version}<#if base.reference??>, reference ${base.reference}</#if>. The {{Agreement}} is a supplement to the {{Base Agreement}}, and together the two agreements make up the contractual relationship between the {{Parties}}.

The provisions on governance of the collaboration in clauses §[forums] to §[exit] supplement the {{Base Agreement}}'s <#if base.administrativeAppendix??>Appendix ${base.administrativeAppendix} on administrative provisions<#else>appendix for administrative provisions</#if>. The {{Parties}} shall refer to the {{Agreement}} in that appendix.<#if !amendments?has_content> The {{Agreement}} does not change the general text of the {{Base Agreement}}.</#if>

### Order of precedence {#precedence}

In the event of conflict, the {{Base Agreement}} with its appendices prevails over the {{Agreement}}, with these exceptions:

<#if amendments?has_content>
- The changes in clause §[amendments] prevail over the general text under the {{Base Agreement}}'s own rules on interpretation and precedence, once they have been entered in <#if base.changesAppendix??>Appendix ${base.changesAppendix} on changes to the general contractual text<#else>the appendix for changes to the general contractual text</#if>.
</#if>
- On matters of governance of the collaboration, the {{Agreement}} prevails over the {{Base Agreement}}'s <#if base.administrativeAppendix??>Appendix ${base.administrativeAppendix}<#else>appendix for administrative provisions</#if>.
- Clause §[principles-binding] applies to the whole contractual relationship regardless of the order of precedence.

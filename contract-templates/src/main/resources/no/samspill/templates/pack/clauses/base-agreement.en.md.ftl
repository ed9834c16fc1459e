<#assign changesAppendix><#if base.changesAppendix??>Appendix ${base.changesAppendix} on changes to the general contractual wording<#else>appendix for changes to the general contractual wording</#if></#assign>
<#assign adminAppendix><#if base.administrativeAppendix??>Appendix ${base.administrativeAppendix} on administrative provisions<#else>appendix for administrative provisions</#if></#assign>
# Relationship to the Base Agreement

## The Base Agreement {#base-agreement}

The {{Base Agreement}} is the ${base.name} (${base.code}), version ${base.version}<#if base.reference??>, reference ${base.reference}</#if>. The {{Agreement}} is a supplement to the {{Base Agreement}}, and together the two agreements make up the contractual relationship between the {{Parties}}.

The {{Parties}} shall, in the {{Base Agreement}}'s ${adminAppendix}, refer to clauses §[forums] up to and including §[exit] of the {{Agreement}} for information on the routines for the collaboration between the {{Parties}}. The reference does not make those provisions part of the appendix. The roles under the {{Agreement}} do not change who the {{Parties}}' representatives under the {{Base Agreement}} are.

### Order of precedence {#precedence}

In the event of conflict between the {{Agreement}} and the {{Base Agreement}} with its appendices, the {{Base Agreement}} prevails. The {{Agreement}} does not give itself precedence over any part of the {{Base Agreement}}.<#if baseChanges?has_content || amendments?has_content> A provision that is to prevail over the {{Base Agreement}}'s general contractual wording must be agreed as an amendment to the {{Base Agreement}}. The amendments agreed by the {{Parties}} are set out in clause §[amendments]; they take effect when they have been entered in the {{Base Agreement}}'s ${changesAppendix}, and they then rank under the {{Base Agreement}}'s own rules on interpretation and precedence.<#else> The {{Agreement}} does not amend the {{Base Agreement}}'s general contractual wording.</#if>

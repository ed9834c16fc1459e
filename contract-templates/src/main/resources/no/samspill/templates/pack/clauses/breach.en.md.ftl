<#assign hasCommitments = !expectations.isEmpty()>
## Breach of the Agreement {#breach}

### What constitutes breach

A {{Party}} is in breach of the {{Agreement}} if it fails to perform an obligation under the {{Agreement}}, for example<#if hasCommitments> an obligation under clause §[expectations],</#if> the duty to warn under clause §[early-warning] or an obligation on exit and transition under clause §[exit]. Failure to reach an objective in clause §[objectives] is not in itself a breach. A departure from the principles in clause §[principles] is a breach only where it also breaches another obligation under the {{Agreement}} or the {{Base Agreement}}; otherwise it is dealt with only under clause §[escalation].

### Handling of breach

If a {{Party}} considers that the other {{Party}} is in breach of the {{Agreement}}, it shall give written notice of this to the other {{Party}}'s relationship manager, and the matter shall be dealt with under clause §[escalation]. Where the breach can be remedied by a change to the collaboration, the {{Parties}} shall consider such a change under clause §[changes].

### Remedies and limitation of liability

The provisions of the {{Base Agreement}} on breach, including those on damages and limitation of liability, apply correspondingly to breach of the {{Agreement}}. Liquidated damages, standardised compensation and price reductions under the {{Base Agreement}} arise only for the deliverables and deadlines for which the {{Base Agreement}} provides them. A breach of the {{Agreement}} does not in itself entitle a {{Party}} to terminate the {{Base Agreement}} for breach; termination requires a material breach of obligations under the {{Base Agreement}}. The {{Agreement}} cannot be terminated, for breach or otherwise, on its own.

### Relationship to the deliverables under the Base Agreement

<#if hasCommitments>
The obligations under clause §[expectations] do not form part of the {{Customer}}'s duty to cooperate or of the {{Supplier}}'s deliverables under the {{Base Agreement}}, unless they have been included in the {{Base Agreement}}. A {{Party}}'s failure to perform such an obligation may nevertheless be given weight when a claim for an extension of time, additional remuneration or damages under the {{Base Agreement}} is assessed, under the amendment in clause §[amendment-claims].

</#if>
The {{Agreement}} does not limit the {{Parties}}' rights and obligations under the {{Base Agreement}}. A {{Party}} may exercise remedies under the {{Base Agreement}} without first having dealt with the matter under the {{Agreement}}.

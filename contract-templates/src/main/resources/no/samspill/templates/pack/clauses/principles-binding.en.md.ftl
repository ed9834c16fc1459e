## Legal effect of the principles {#principles-binding}

The principles in clause §[principles]<#if principles?filter(p -> p.application??)?has_content>, together with the {{Parties}}' descriptions of how they apply in this collaboration,</#if> form part of the {{Agreement}}. The {{Parties}} shall perform their obligations under the {{Agreement}} in accordance with them.

The principles give content to the general duty of loyalty in contractual relationships as it applies between the {{Parties}}. In the interpretation and gap-filling of the {{Agreement}} and the {{Base Agreement}}, the principles shall be given weight in so far as this is compatible with the wording of the {{Base Agreement}} and its appendices, with the tender documents and with the {{Parties}}' duties at law.

The principles do not limit a {{Party}}'s right to exercise rights and remedies under the {{Base Agreement}} beyond what already follows from the general duty of loyalty, and they entitle neither {{Party}} to more than the {{Agreement}} and the {{Base Agreement}} provide for.<#if baseChanges?seq_contains("interpretation")> The {{Parties}} have further agreed that the principles shall apply in the interpretation of the {{Base Agreement}}. This is an amendment to the {{Base Agreement}} and is set out in clause §[amendment-interpretation].</#if>

If a {{Party}} considers that the other {{Party}} is not acting in accordance with the principles, it shall raise the matter under clause §[escalation]. The consequences of a {{Party}}'s failure to perform the {{Agreement}} are set out in clause §[breach].

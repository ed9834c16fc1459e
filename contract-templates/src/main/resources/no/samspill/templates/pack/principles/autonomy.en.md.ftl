### Autonomy {#autonomy}

Each of the {{Parties}} makes its own decisions within its own area of responsibility. Neither of them shall use power, dependency or an information advantage to push the other {{Party}} into choices that run against its legitimate interests.

In practice this means that

<#if "${base.code}" == "SSA-B">
- the {{Customer}} directs and prioritises the work under the {{Base Agreement}}, and the {{Supplier}} shall say so when, in the {{Supplier}}'s professional judgement, an instruction is not suited to reaching the objectives; the {{Customer}} shall not use the threat of termination or a new competition to obtain concessions outside the change process,
<#elseif "${base.code}" == "SSA-S">
- the {{Customer}}, through ${sides.customer.several?then("their", "its")} product owner, prioritises what is to be developed, while the {{Supplier}}, within the limits of the {{Base Agreement}} and the agreed development method, decides how the work is performed; the {{Customer}} shall not use the threat of termination or a new competition to obtain concessions outside the change process,
<#else>
- the {{Customer}} shall leave it to the {{Supplier}} to decide how the deliverables are performed, within the limits of the {{Base Agreement}}, and shall not use the threat of termination or a new competition to obtain concessions outside the change process,
</#if>
- the {{Supplier}} shall respect the {{Customer}}'s responsibility for ${sides.customer.several?then("their own businesses and their", "its own business and its")} own priorities, and shall not exploit the {{Customer}}'s dependence on the deliverables, the data or the expertise, and
- matters that the {{Agreement}} requires to be decided jointly shall be dealt with in the forums; this does not limit a {{Party}}'s right to make decisions and exercise rights under the {{Base Agreement}} on its own.

Autonomy is secured through the decision rules in clause §[forums], the rule that a matter in the escalation ladder under clause §[escalation] is resolved only by agreement or by a decision of the forum, and the exit obligations under clause §[exit], which prevent the {{Customer}} from becoming locked into dependence on the {{Supplier}}.

## The parties and the basis of this contract {#parties}

This contract is made between:

- ${parties.customer.name}, organisation number ${parties.customer.orgNumber}<#if parties.customer.address??>, ${parties.customer.address}</#if> (the {{=Customer}}), and
- ${parties.supplier.name}, organisation number ${parties.supplier.orgNumber}<#if parties.supplier.address??>, ${parties.supplier.address}</#if> (the {{=Supplier}}),

together the {{=Parties}}.

This is a relational contract. It builds on and supplements ${base.label()}<#if base.name??> ${base.name}</#if><#if base.reference??> (${base.reference})</#if> (the {{=Base Agreement}}). It governs how the Parties work together on the deliveries under the {{Base Agreement}} and does not change the {{Base Agreement}} except where it expressly says so.

This contract applies from ${fmt.date(contract.term.start)}<#if contract.term.duration??> for ${fmt.period(contract.term.duration)}<#elseif contract.term.end??> up to and including ${fmt.date(contract.term.end)}</#if>.

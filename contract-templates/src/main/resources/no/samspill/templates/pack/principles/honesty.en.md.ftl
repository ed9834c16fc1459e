### Honesty {#honesty}

The {{Parties}} shall give each other correct and complete information on matters of importance to the collaboration, including facts, risks, adverse developments and their own mistakes, in good time and without withholding anything the other {{Party}} has reason to expect to be told.

In practice this means that

- the {{Customer}} shall share plans, budget limits and organisational changes that may affect the collaboration, and give ${sides.customer.several?then("their", "its")} assessment of the {{Supplier}}'s work,
- the {{Supplier}} shall give a true picture of status, capacity, known defects and risks, even when the picture is unfavourable to the {{Supplier}}, and
- each of the {{Parties}} shall correct information that turns out to be wrong, and report the measures as actually measured.

Honesty is given effect through early warning under clause §[early-warning],<#if risks?has_content> the joint risk register under clause §[risk-register],</#if> reporting under clause §[meetings] and the confidential relationship health checks under clause §[health-check].

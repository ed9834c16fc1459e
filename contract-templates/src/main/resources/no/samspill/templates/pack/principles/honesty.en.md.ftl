### Honesty {#honesty}

The {{Parties}} shall tell the truth and share what matters to the collaboration: facts, risks, bad news and their own mistakes, early and without hidden agendas.

In practice this means that

- the {{Customer}} shall share plans, budget limits and organisational changes that may affect the collaboration, and say what it thinks of the {{Supplier}}'s work,
- the {{Supplier}} shall give a true picture of status, capacity, known defects and risks, also when the picture is unfavourable to the {{Supplier}}, and
- each of the {{Parties}} shall correct information that turns out to be wrong, and report the measures as actually measured.

Honesty is put to use through early warning under clause §[early-warning],<#if risks?has_content> the joint risk register under clause §[risk-register],</#if> reporting under clause §[meetings] and the confidential relationship health checks under clause §[health-check].

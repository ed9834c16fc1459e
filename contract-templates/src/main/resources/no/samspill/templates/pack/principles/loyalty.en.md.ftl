### Loyalty {#loyalty}

The {{Parties}} shall act in the best interest of the collaboration and the shared objectives, not only in their own. Neither of them shall exploit gaps or ambiguities in the agreements. Loyalty is owed to the collaboration and does not require either of the {{Parties}} to give up its legitimate interests.

In practice this means that

- the {{Customer}} shall exercise its rights under the {{Base Agreement}}, including sanctions and change orders, in line with their purpose and with regard to the {{Supplier}}'s legitimate interests,
- the {{Supplier}} shall point out ambiguities and gaps in the {{Customer}}'s requirements as soon as they are discovered, instead of using them as grounds for later additional claims, and
- each of the {{Parties}} shall raise ambiguities in the agreements as soon as it becomes aware of them, and seek a solution that serves the collaboration.

Loyalty is the basis on which the principles are norms for interpretation and supplementation under clause §[principles-binding], and it is put to use by resolving ambiguities under clause §[changes] and disagreement under clause §[escalation].

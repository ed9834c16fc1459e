### Loyalty {#loyalty}

The {{Parties}} shall act in the best interest of the collaboration and the shared objectives, not only in their own. Neither of them shall exploit gaps or ambiguities in the agreements. Loyalty is owed to the collaboration and does not require either of the {{Parties}} to give up its legitimate interests.

In practice this means that

- each of the {{Parties}} shall exercise its rights under the {{Base Agreement}}, including remedies, change orders and claims, in line with their purpose and with due regard to the other {{Party}}'s legitimate interests,
- the {{Supplier}} shall point out ambiguities and gaps in the {{Customer}}'s requirements as soon as they are discovered, and the {{Customer}} shall point out ambiguities and gaps in the {{Supplier}}'s solutions and deliverables as soon as they are discovered, instead of using them as grounds for later claims, and
- each of the {{Parties}} shall raise ambiguities in the agreements when it becomes aware of them, and seek a solution that serves the collaboration.

This does not limit the right to exercise rights and remedies under the {{Base Agreement}}, cf. clause §[principles-binding]. Loyalty is given effect by resolving ambiguities under clause §[changes] and disagreement under clause §[escalation].

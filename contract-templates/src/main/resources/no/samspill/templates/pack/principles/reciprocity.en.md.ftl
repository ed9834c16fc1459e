### Reciprocity {#reciprocity}

What the {{Parties}} give and receive in the collaboration shall balance over time. If one of them takes on a risk, an investment or an extra burden for the sake of the collaboration, the {{Parties}} shall discuss how the other can make a corresponding contribution, so that neither side merely takes.

In practice this means that

- the {{Customer}} shall make available in good time the resources, decisions and information on which the collaboration depends, and respond to the {{Supplier}}'s proposals within a reasonable time,
- the {{Supplier}} shall share the experience and efficiencies the collaboration produces, and offer ${sides.supplier.several?then("their", "its")} expertise also where it can give the {{Customer}} value beyond what has been agreed, and
- each of the {{Parties}}, when the other {{Party}} has gone out of its way for it, shall do the same when the need is reversed.

Reciprocity is monitored through<#if !expectations.isEmpty()> the {{Parties}}' obligations in clause §[expectations],</#if> the assessment of the balance in change proposals under clause §[changes] and the relationship health checks under clause §[health-check].

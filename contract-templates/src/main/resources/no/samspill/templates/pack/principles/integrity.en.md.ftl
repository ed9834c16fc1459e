### Integrity {#integrity}

The {{Parties}} shall act consistently: they shall do what they have said they will do, and apply the principles in the same way in good times and bad, so that each of them can predict how the other will act.

In practice this means that

- the {{Customer}} shall follow up the decisions made in the forums, even when the people in the roles change,
- the {{Supplier}} shall carry out agreed actions by their deadlines and ensure continuity when key people are replaced, and
- each of the {{Parties}} shall introduce new staff in the collaboration to the {{Agreement}} and the principles.

Integrity is monitored through the minutes with actions, persons responsible and deadlines under clause §[meetings], the introduction of new members under clause §[forums] and the review of the {{Agreement}} under clause §[review].

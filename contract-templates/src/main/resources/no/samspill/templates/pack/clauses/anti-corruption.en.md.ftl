## Anti-corruption and conflicts of interest {#anti-corruption}

Neither of the {{Parties}} shall offer, give, request or receive an improper advantage in connection with the {{Agreement}}, cf. sections 387 up to and including 389 of the Norwegian Penal Code (*straffeloven*).

A member of a forum, a relationship manager or any other person acting for a {{Party}} under the {{Agreement}} shall disclose any circumstance that may impair confidence in that person's impartiality in a matter. That person shall not take part in dealing with the matter if the other {{Party}} so requests. The {{Customer}}'s employees are in addition subject to the rules on disqualification for conflict of interest in the Public Administration Act (*forvaltningsloven*) where that Act applies.

Where the {{Base Agreement}} regulates these matters, the {{Base Agreement}} applies, and this clause supplements it.

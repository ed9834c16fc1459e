## Anti-corruption and conflicts of interest {#anti-corruption}

Neither of the {{Parties}} shall give or offer anyone an improper advantage, or request, receive or accept, for itself or others, an improper advantage or an offer of one, in connection with the {{Agreement}}, cf. sections 387 to 389 of the Norwegian Penal Code (*straffeloven*). Each {{Party}} shall ensure that its employees, subcontractors and others acting on its behalf comply with this clause.

A member of a forum, a relationship manager or any other person acting for a {{Party}} under the {{Agreement}} shall disclose any circumstance that may impair confidence in that person's impartiality in a matter. Where the circumstance is liable to impair confidence in that person's impartiality, that person shall not take part in dealing with the matter if the other {{Party}} so requests. The {{Customer}}'s employees are in addition subject to the rules on disqualification for conflict of interest in the Public Administration Act (*forvaltningsloven*) where that Act applies.

Where the {{Base Agreement}} regulates these matters, the {{Base Agreement}} applies, and this clause supplements it.

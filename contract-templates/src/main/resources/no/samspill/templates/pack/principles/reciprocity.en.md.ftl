The Parties shall ensure that the collaboration creates mutual and reasonably balanced value. Neither Party shall seek advantages at the expense of the other that this contract does not provide for.

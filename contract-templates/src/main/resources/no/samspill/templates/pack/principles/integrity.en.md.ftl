The Parties shall act consistently and predictably, in line with the values and commitments set out in this contract, even where this does not serve their own short-term interests.

Burdens and gains in the collaboration shall be shared fairly and proportionately. If a material imbalance arises, the Parties shall discuss in good faith how to correct it.

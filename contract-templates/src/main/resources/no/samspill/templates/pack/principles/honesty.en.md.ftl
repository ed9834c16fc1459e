The Parties shall be truthful and open with each other and share information that matters to the collaboration, including risks, errors and problems, as early as possible.

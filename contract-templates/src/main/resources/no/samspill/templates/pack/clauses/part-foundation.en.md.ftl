# The relational foundation {#part-foundation}

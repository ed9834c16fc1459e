# Governance of the relationship {#part-governance}

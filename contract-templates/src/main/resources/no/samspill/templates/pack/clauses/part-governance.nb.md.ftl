# Styring av samarbeidet {#part-governance}

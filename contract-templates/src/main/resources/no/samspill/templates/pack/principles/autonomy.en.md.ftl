The Parties respect each other's independence and right to pursue their own legitimate interests. Decisions that affect both Parties are made only after the other Party has been genuinely involved.

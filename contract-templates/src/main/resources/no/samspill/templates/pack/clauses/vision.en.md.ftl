## Shared vision {#vision}

The {{Parties}} have jointly formulated this vision for the collaboration:

<@text vision/>

The vision sets the direction of the collaboration and is not in itself an obligation to achieve a result. The {{Parties}} shall be guided by it when they set priorities, assess changes under clause §[changes] and interpret the {{Agreement}}.

## Shared vision {#vision}

The Parties share the following vision for their collaboration:

<@text vision/>

The vision guides how this contract is to be read and applied. It does not in itself create rights or obligations.

## Legal effect of the principles {#principles-binding}

The principles in clause §[principles]<#if principles?filter(p -> p.application??)?has_content>, together with the {{Parties}}' descriptions of how they apply in this collaboration,</#if> are binding terms of contract.

The principles give content to the general duty of loyalty in Norwegian contract law (*lojalitetsplikten*) as it applies between the {{Parties}}. They are binding norms for the interpretation and supplementation of the whole contractual relationship, that is both the {{Agreement}} and the {{Base Agreement}} with its appendices. Where the agreements are unclear, the reading that best accords with the principles shall be chosen. Where the agreements do not regulate a matter, it shall be resolved as the principles require.

The {{Parties}} shall exercise their rights and perform their obligations under both agreements in accordance with the principles. The principles do not permit a clear provision of the agreements to be disregarded, but they bear on how a right under such a provision may be exercised.

If one of the {{Parties}} considers that the other is not acting in accordance with the principles, it shall raise the matter under clause §[escalation]. The principles may be invoked in any dispute resolution between the {{Parties}}.

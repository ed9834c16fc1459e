## Governing law and disputes {#governing-law}

The {{Agreement}} is governed by Norwegian law. Disputes concerning the {{Agreement}} shall be resolved under the {{Base Agreement}}'s provisions on dispute resolution<#if baseChanges?seq_contains("mediation") || baseChanges?seq_contains("disputes")>, as amended by clause §[amendments]</#if>, in the same way as disputes concerning the {{Base Agreement}}.

## Lovvalg og tvisteløsning {#governing-law}

{{Avtalen}} er underlagt norsk rett. Tvister om {{Avtalen}} løses etter {{Grunnavtalen}}s bestemmelser om tvisteløsning<#if baseChanges?seq_contains("mediation") || baseChanges?seq_contains("disputes")>, med endringene i punkt §[amendments]</#if>, på samme måte som tvister om {{Grunnavtalen}}.

<#-- The attestation holds whether the Parties sign on paper or electronically: it names no
     number of copies and no place. It stands on the page of the signature block. -->
[[pagebreak]]

Til bekreftelse på at {{Partene}} er enige om {{Avtalen}}, er den undertegnet av personer med fullmakt til å forplikte {{Partene}}.

[[signatures]]

<#-- The attestation holds whether the Parties sign on paper or electronically: it names no
     number of copies and no place. It stands on the page of the signature block. -->
[[pagebreak]]

To confirm that the {{Parties}} agree to the {{Agreement}}, it has been signed by persons authorised to bind the {{Parties}}.

[[signatures]]

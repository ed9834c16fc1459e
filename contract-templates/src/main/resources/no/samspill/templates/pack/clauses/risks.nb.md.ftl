## Felles risikoregister {#risk-register}

{{Partene}} skal føre et felles register over risikoer for samarbeidet og for måloppnåelsen. Ved inngåelsen av {{Avtalen}} består registeret av disse risikoene:

| ${label("table.risk")} | ${label("table.owner")} | ${label("table.mitigation")} |
|---|---|---|
<#list risks as risk>
| ${risk.description} | ${names.of(risk.owner)} | ${risk.mitigation!"–"} |
</#list>

Eieren av en risiko skal følge den opp og sørge for at tiltakene gjennomføres. Er {{Partene}} eiere i fellesskap, har de relasjonsansvarlige dette ansvaret sammen. De relasjonsansvarlige skal holde registeret oppdatert, og ${fmt.forum(forums.reporting)} skal gå gjennom det i hvert møte. Risikoer som kommer frem gjennom varsler etter punkt §[early-warning], skal føres inn i registeret. En risiko tas ut av registeret bare når <#if sides.customer.several || sides.supplier.several>{{Side}}ne er enige om det, slik hver {{Side}} tar stilling etter punkt §[sides]<#else>{{Partene}} er enige om det</#if>.

Registeret fordeler ikke risiko mellom {{Partene}}. Hvem som bærer en risiko, følger av {{Grunnavtalen}}. Eierskap i registeret betyr bare ansvar for oppfølging.

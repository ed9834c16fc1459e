<#assign ownPrinciples = principles?filter(p -> !p.standard)?has_content>
## Veiledende prinsipper {#principles}

{{Partene}} har valgt prinsippene nedenfor som grunnlag for samarbeidet. For hvert prinsipp angis hva det innebærer, hva det krever av hver av {{Partene}} i praksis, og hvilke ordninger i {{Avtalen}} som gjør det virksomt. Alle prinsippene<#if ownPrinciples>, også de {{Partene}} selv har formulert,</#if> inngår i målingen av samarbeidets helse etter punkt §[health-check], i vurderingen på hvert trinn i eskaleringsstigen etter punkt §[escalation] og i vurderingen av endringsforslag etter punkt §[changes]. Prinsippenes rettslige betydning følger av punkt §[principles-binding].
<#list principles as principle>
<#if principle.standard>

<#include "/principles/${principle.id}.${lang}.md.ftl">
<#if principle.application??>

For dette samarbeidet har {{Partene}} i tillegg avtalt:

<@text principle.application/>
</#if>
<#else>

### ${principle.title}

<@text principle.description/>
</#if>
</#list>

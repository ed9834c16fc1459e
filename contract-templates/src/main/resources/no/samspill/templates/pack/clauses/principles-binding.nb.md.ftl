## Prinsippenes rettslige betydning {#principles-binding}

Prinsippene i punkt §[principles]<#if principles?filter(p -> p.application??)?has_content>, med {{Partene}}s beskrivelser av hvordan de anvendes i dette samarbeidet,</#if> er bindende avtalevilkår.

Prinsippene gir innhold til den alminnelige lojalitetsplikten i norsk kontraktsrett slik den gjelder mellom {{Partene}}. De er bindende normer for tolkning og utfylling av hele avtaleforholdet, det vil si både {{Avtalen}} og {{Grunnavtalen}} med bilag. Der avtalene er uklare, skal den forståelsen velges som best samsvarer med prinsippene. Der avtalene ikke regulerer et spørsmål, skal det løses slik prinsippene tilsier.

{{Partene}} skal utøve sine rettigheter og oppfylle sine plikter etter begge avtalene i samsvar med prinsippene. Prinsippene gir ikke grunnlag for å se bort fra en klar bestemmelse i avtalene, men de har betydning for hvordan en rettighet etter en slik bestemmelse kan utøves.

Mener en av {{Partene}} at den andre ikke handler i samsvar med prinsippene, skal den ta saken opp etter punkt §[escalation]. Prinsippene kan påberopes i all tvisteløsning mellom {{Partene}}.

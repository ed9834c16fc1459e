## Språk {#language}

{{Avtalen}} er utarbeidet på norsk. Utarbeides {{Avtalen}} også på engelsk, går den norske teksten foran ved motstrid mellom tekstene.

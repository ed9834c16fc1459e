## Språk {#language}

Foreligger {{Avtalen}} både på norsk og på engelsk, går den norske teksten foran ved motstrid mellom tekstene.

## Language {#language}

The {{Agreement}} is made in English. If the {{Agreement}} is also made in Norwegian, the Norwegian text prevails in the event of conflict between the texts.

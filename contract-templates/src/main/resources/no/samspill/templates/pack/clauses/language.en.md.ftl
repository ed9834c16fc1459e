## Language {#language}

If the {{Agreement}} exists in both Norwegian and English, the Norwegian text prevails in the event of conflict between the texts.

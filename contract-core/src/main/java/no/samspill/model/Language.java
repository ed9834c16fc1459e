package no.samspill.model;

import java.util.Locale;

/** The language of the contract text. */
public enum Language {
    /** Norwegian bokmål. */
    nb(Locale.forLanguageTag("nb-NO")),
    /** English. */
    en(Locale.forLanguageTag("en-GB"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale used for dates, numbers and document properties. */
    public Locale locale() {
        return locale;
    }
}

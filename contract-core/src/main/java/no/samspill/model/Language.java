package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import java.util.Locale;

/** The language of the contract text. */
@JsonClassDescription("The language of the contract text: nb (Norwegian bokmål) or en (English).")
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

package no.samspill.internal.doc;

import java.util.Locale;

/**
 * The fixed words a renderer prints around the contract's own text, in the document's language.
 *
 * @param languageTag the BCP 47 tag for document properties and spell checking
 */
public record Labels(
        String languageTag,
        String part,
        String appendix,
        String tableOfContents,
        String draft,
        String page,
        String pageOf,
        String forParty,
        String placeAndDate,
        String name,
        String title) {

    private static final Labels NORWEGIAN = new Labels(
            "nb-NO", "Del", "Vedlegg", "Innholdsfortegnelse", "UTKAST", "Side", "av", "For", "Sted og dato",
            "Navn", "Stilling");
    private static final Labels ENGLISH = new Labels(
            "en-GB", "Part", "Schedule", "Contents", "DRAFT", "Page", "of", "For", "Place and date", "Name",
            "Title");

    /** English for a tag starting with "en", Norwegian (bokmål) otherwise: the contract's default. */
    public static Labels forLanguage(String language) {
        if (language != null && language.toLowerCase(Locale.ROOT).startsWith("en")) {
            return ENGLISH;
        }
        return NORWEGIAN;
    }

    /** "Del II", "Part II". */
    public String partLabel(int number) {
        return part + " " + RomanNumerals.of(number);
    }

    /** "Vedlegg 2", "Schedule 2": the relational contract's own attachments, never confused with the SSA's appendices. */
    public String appendixLabel(String number) {
        return appendix + " " + number;
    }
}

package no.samspill.catalogue;

import java.util.Objects;

/**
 * A clause of a standard agreement's general text that a contract may cite: its number and its
 * title in both languages. The English title is the official translation's where one is known,
 * else the pack's own rendering (the catalogue file says which).
 *
 * @param number the clause number as the agreement prints it, for example {@code 11.3}, or a
 *         range such as {@code 3.6–3.9}
 */
public record ClauseReference(String number, String titleNb, String titleEn) {

    public ClauseReference {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(titleNb, "titleNb");
        Objects.requireNonNull(titleEn, "titleEn");
    }
}

package no.samspill;

import java.util.Objects;
import no.samspill.model.Language;

/**
 * Which edition of a description to write: one language, or both side by side.
 *
 * <p>A description holds its texts in its own language ({@code contract.language}) or in each
 * language ({@code title: {nb: ..., en: ...}}). An edition in a language that some text lacks is
 * refused with a problem at each such text.
 *
 * @param language the language of a single edition; null for the description's own language, or
 *     for a parallel edition
 * @param parallel whether both languages are written side by side, the prevailing one on the left
 */
public record Edition(Language language, boolean parallel) {

    /** As the description says: its own language, and parallel when it says {@code parallel: true}. */
    public static final Edition DESCRIBED = new Edition(null, false);

    /** Norwegian and English side by side, the prevailing language ({@code contract.prevailingLanguage}) on the left. */
    public static final Edition PARALLEL = new Edition(null, true);

    public Edition {
        if (parallel && language != null) {
            throw new IllegalArgumentException("a parallel edition has both languages; give no language");
        }
    }

    /** The single edition in {@code language}. */
    public static Edition of(Language language) {
        return new Edition(Objects.requireNonNull(language, "language must not be null"), false);
    }
}

package no.samspill;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of generating a contract: the document, or the problems that prevented it.
 *
 * <p>Ask {@link #isSuccess()} before {@link #document()}: a generation that failed has no
 * document, and asking it for one is an error in the calling code that names the problems,
 * rather than a null to trip over later.
 *
 * @param validation what reading and validating the description found
 * @param document the DOCX bytes, present exactly when the validation is valid
 */
public record Generation(Validation validation, byte[] document) {

    /**
     * @throws NullPointerException if {@code validation} is null
     * @throws IllegalArgumentException if a document is given for an invalid validation, or none
     *     for a valid one
     */
    public Generation {
        if (validation == null) {
            throw new NullPointerException("validation must not be null");
        }
        // The two halves must agree, or isSuccess() and problems() would tell different stories.
        if (validation.isValid() != (document != null)) {
            throw new IllegalArgumentException(validation.isValid()
                    ? "a valid description must come with its document"
                    : "an invalid description has no document");
        }
        document = document == null ? null : document.clone();
    }

    /**
     * A copy of the DOCX bytes, so that this value stays immutable.
     *
     * @return the document; never null
     * @throws IllegalStateException if the generation failed ({@link #isSuccess()} is false); the
     *     message lists the problems
     */
    @Override
    public byte[] document() {
        if (document == null) {
            throw new IllegalStateException(problems().stream().map(Problem::toString)
                    .collect(Collectors.joining("\n  ", "no document: " + validation.source() + " is invalid:\n  ", "")));
        }
        return document.clone();
    }

    /** Whether the document was generated, which it is exactly when the {@linkplain Validation#isValid() validation is valid}. */
    public boolean isSuccess() {
        return document != null;
    }

    /** What prevented generation, sorted by position; empty on success. */
    public List<Problem> problems() {
        return validation.problems();
    }
}

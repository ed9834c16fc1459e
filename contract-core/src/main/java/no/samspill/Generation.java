package no.samspill;

import java.util.List;

/**
 * The outcome of generating a contract: the document, or the problems that prevented it.
 *
 * @param validation what reading and validating the description found
 * @param document the DOCX bytes; null when the description was invalid
 */
public record Generation(Validation validation, byte[] document) {

    public Generation {
        document = document == null ? null : document.clone();
    }

    /** A copy of the DOCX bytes, so that this value stays immutable; null when invalid. */
    @Override
    public byte[] document() {
        return document == null ? null : document.clone();
    }

    public boolean isSuccess() {
        return document != null;
    }

    public List<Problem> problems() {
        return validation.problems();
    }
}

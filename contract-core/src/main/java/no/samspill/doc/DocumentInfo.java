package no.samspill.doc;

import java.time.LocalDate;
import java.util.List;

/**
 * Properties of a document: what a renderer puts in headers, footers and document properties.
 *
 * @param language the language tag, {@code nb} or {@code en}
 * @param draft whether every page is marked as a draft
 * @param date the contract date; also the fixed timestamp of the output, when present
 */
public record DocumentInfo(
        String title,
        String subject,
        List<String> keywords,
        String language,
        String reference,
        boolean draft,
        LocalDate date,
        String creator) {

    public DocumentInfo {
        keywords = List.copyOf(keywords);
    }
}

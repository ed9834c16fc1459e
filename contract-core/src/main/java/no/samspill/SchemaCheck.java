package no.samspill;

import java.util.Objects;

/**
 * A check a template pack adds: a JSON Schema that the description, as read, must meet, and the
 * message each place that fails it is reported with.
 *
 * @param check the check's code, severity and summary; the code must not be one of the built-in checks'
 * @param message the one-line message of each finding, in a lawyer's words
 * @param schema the JSON Schema (draft 2020-12 unless it says otherwise) as JSON text
 */
public record SchemaCheck(Check check, String message, String schema) {

    public SchemaCheck {
        Objects.requireNonNull(check, "check must not be null");
        Objects.requireNonNull(message, "message must not be null");
        Objects.requireNonNull(schema, "schema must not be null");
    }
}

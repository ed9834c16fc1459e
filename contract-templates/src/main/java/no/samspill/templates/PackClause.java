package no.samspill.templates;

import java.util.List;

/**
 * One clause of a pack, as {@code pack.yaml} lists it.
 *
 * @param languages the languages of the pack, each with a template for this clause
 * @param condition the field path that includes the clause ({@code when}), or null: always included
 * @param templates the template of each language, relative to the pack, in the order of {@code languages}
 * @param ownTemplates which of those come from the user's directory rather than the built-in pack
 */
public record PackClause(String id, int version, List<String> languages, String condition, List<String> templates,
        List<String> ownTemplates) {

    public PackClause {
        languages = List.copyOf(languages);
        templates = List.copyOf(templates);
        ownTemplates = List.copyOf(ownTemplates);
    }
}

package no.samspill.cli;

import java.util.ArrayList;
import java.util.List;
import no.samspill.Edition;
import no.samspill.model.Language;
import picocli.CommandLine.Option;

/** The options that choose the editions of each contract: shared by generate and validate. */
final class EditionOptions {

    @Option(names = "--lang", paramLabel = "LANG", split = ",",
            description = "The edition's language: nb or en (default: the description's contract.language)."
                    + " Several, as in --lang nb,en, give one document each, with the language in its name.")
    List<Language> languages = new ArrayList<>();

    @Option(names = "--parallel",
            description = "The parallel edition: Norwegian and English side by side in one document"
                    + " (with --lang as well, one document each, the parallel one named .nb-en.docx).")
    boolean parallel;

    /** The editions asked for, in order; the one the description describes when none is. */
    List<Edition> editions() {
        List<Edition> editions = new ArrayList<>();
        languages.stream().distinct().map(Edition::of).forEach(editions::add);
        if (parallel) {
            editions.add(Edition.PARALLEL);
        }
        return editions.isEmpty() ? List.of(Edition.DESCRIBED) : List.copyOf(editions);
    }

    /** What the edition adds to a document's name when one run writes several: ".en", ".nb-en". */
    static String suffix(Edition edition) {
        if (edition.parallel()) {
            return "." + String.join("-", java.util.Arrays.stream(Language.values()).map(Language::name).toList());
        }
        return edition.language() == null ? "" : "." + edition.language().name();
    }
}

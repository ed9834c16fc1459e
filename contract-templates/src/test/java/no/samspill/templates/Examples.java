package no.samspill.templates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.samspill.Problem;
import no.samspill.doc.Document;
import no.samspill.doc.DocumentPasses;
import no.samspill.internal.read.ContractReader;
import no.samspill.internal.read.ReadResult;
import no.samspill.internal.validate.ContractValidator;
import no.samspill.model.Contract;
import no.samspill.model.Language;
import no.samspill.render.TextRenderer;

/**
 * The shipped examples (contract-templates/examples), read and validated the way the command
 * reads a user's description, and rendered through the built-in pack, the passes and the text
 * renderer.
 */
final class Examples {

    static final FreemarkerTemplatePack PACK = FreemarkerTemplatePack.builtIn();

    /** The example files, without ".yaml". */
    static final List<String> NAMES = PackCheck.BUNDLED_EXAMPLES;

    private static final Path DIRECTORY = Path.of("examples");

    private Examples() {}

    static Path file(String name) {
        Path file = DIRECTORY.resolve(name + ".yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the example " + file.toAbsolutePath() + " is missing");
        }
        return file;
    }

    /**
     * The e-health example as it was before it was written in both languages: for tests that edit
     * its Norwegian values by string replacement.
     */
    static Path norwegianOnlyEhelse() {
        return Path.of("src", "test", "resources", "no", "samspill", "templates", "fixtures", "ehelse-nb.yaml");
    }

    /**
     * The example as read; fails with its problems when it does not read and validate cleanly,
     * with no warning it does not accept.
     */
    static Contract read(String name) {
        Path file = file(name);
        ReadResult result = ContractReader.create().read(file);
        ContractValidator validator = new ContractValidator(PACK.catalogue());
        List<Problem> problems = result.contract() == null ? result.problems()
                : validator.settle(result.contract(), concat(result.problems(), validator.validate(
                        result.contract(), result.sourceMap(), file.toString())), result.sourceMap(),
                        file.toString(), true).problems();
        if (!problems.isEmpty()) {
            throw new AssertionError("the example " + name + " is not valid:\n"
                    + String.join("\n", problems.stream().map(Problem::toString).toList()));
        }
        return result.contract();
    }

    static Contract read(String name, Language language) {
        return Contracts.inLanguage(read(name), language);
    }

    /** The numbered document, cross-references resolved. */
    static Document document(String name, Language language) {
        return DocumentPasses.apply(PACK.render(read(name, language)));
    }

    static String text(String name, Language language) {
        return new TextRenderer().render(document(name, language));
    }

    private static List<Problem> concat(List<Problem> a, List<Problem> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}

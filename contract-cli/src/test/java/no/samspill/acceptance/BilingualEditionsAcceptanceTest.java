package no.samspill.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.ContractGenerator;
import no.samspill.Edition;
import no.samspill.Generation;
import no.samspill.Validation;
import no.samspill.doc.Document;
import no.samspill.doc.ParallelDocument;
import no.samspill.model.Contract;
import no.samspill.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The editions of a description written in both languages, read by pandoc: the English edition
 * holds no Norwegian text of the parties', and every edition has the same clause tree.
 */
class BilingualEditionsAcceptanceTest {

    private static final ContractGenerator GENERATOR = ContractGenerator.create();
    private static final String BILINGUAL = "ehelse-ssa-l.yaml";
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]{3,}");

    @TempDir
    Path dir;

    @Test
    void theEnglishEditionHoldsNoWordThatOnlyTheNorwegianTextsHave() throws Exception {
        ExternalTool.PANDOC.require();
        Path description = Examples.copy(BILINGUAL, dir);
        JsonNode tree = new YAMLMapper().readTree(description.toFile());
        Set<String> norwegian = new TreeSet<>();
        Set<String> english = new TreeSet<>();
        collect(tree, null, norwegian, english);
        norwegian.removeAll(english);
        assertThat(norwegian).as("the example gives texts in both languages").hasSizeGreaterThan(50);

        String text = plainText(GENERATOR.generate(description, Edition.of(Language.en)), "en.docx");

        Set<String> found = new TreeSet<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            if (norwegian.contains(words.group().toLowerCase(java.util.Locale.ROOT))) {
                found.add(words.group());
            }
        }
        assertThat(found).as("words of the Norwegian texts in the English edition").isEmpty();
        assertThat(text).as("the English edition").contains("Less time spent on documentation", "the Collaboration Forum")
                .doesNotContain("Samarbeidsforum", "Mindre tid", "minutter");
    }

    @Test
    void theNorwegianEditionOfTheBilingualExampleHoldsItsNorwegianTexts() throws Exception {
        ExternalTool.PANDOC.require();
        Path description = Examples.copy(BILINGUAL, dir);

        String text = plainText(GENERATOR.generate(description, Edition.of(Language.nb)), "nb.docx");

        assertThat(text).contains("Mindre tid til dokumentasjon", "samarbeidsforumet")
                .doesNotContain("Less time spent", "the Collaboration Forum");
    }

    @ParameterizedTest
    @FieldSource("no.samspill.acceptance.Examples#ALL")
    void bothEditionsOfEveryExampleHaveTheSameClauseTree(String example) {
        Path description = Examples.copy(example, dir);
        Validation own = GENERATOR.validate(description);
        assertThat(own.problems()).isEmpty();
        Document nb = GENERATOR.document(edition(description, own.contract(), Language.nb));
        Document en = GENERATOR.document(edition(description, own.contract(), Language.en));

        assertThat(ParallelDocument.differences(nb, en)).isEmpty();
    }

    @Test
    void theParallelEditionOfTheBilingualExampleSetsEachTextBesideItsTranslation() throws Exception {
        Path description = Examples.copy(BILINGUAL, dir);
        Validation parallel = GENERATOR.validate(description, Edition.PARALLEL);
        assertThat(parallel.problems()).isEmpty();

        String text = GENERATOR.text(parallel.contract(), parallel.translation());

        int norwegian = text.indexOf("Mindre tid til dokumentasjon");
        int english = text.indexOf("Less time spent on documentation");
        assertThat(norwegian).isPositive();
        assertThat(english).as("the translation follows its text").isGreaterThan(norwegian);
        assertThat(text.substring(norwegian, english)).doesNotContain("Stabil og trygg drift");
    }

    @Test
    void aParallelEditionBuiltInCodeIsCheckedAsOneReadFromADescription() {
        Path description = Examples.copy(BILINGUAL, dir);
        Contract nb = GENERATOR.validate(description, Edition.of(Language.nb)).contract();
        Contract en = GENERATOR.validate(description, Edition.of(Language.en)).contract();

        Generation parallel = GENERATOR.generateParallel(nb, en);
        assertThat(parallel.problems()).isEmpty();
        assertThat(parallel.document()).isEqualTo(GENERATOR.generate(description, Edition.PARALLEL).document());

        Contract longerVision = new Contract(en.samspill(), en.contract(), en.parties(), en.background(),
                en.vision() + "\n\nA paragraph the Norwegian does not have.\n", en.objectives(), en.principles(),
                en.expectations(), en.governance(), en.risks(), en.incentives(), en.amendments());
        assertThat(GENERATOR.validateParallel(nb, longerVision).problems()).singleElement().asString()
                .contains("vision: the nb and en texts must have the same paragraphs and lists");
        assertThat(GENERATOR.validateParallel(nb, nb).problems()).singleElement().asString()
                .contains("must be in different languages");
    }

    /** The example in {@code language}: its own texts where it has them, else its texts with that language's clauses. */
    private static Contract edition(Path description, Contract own, Language language) {
        Validation edition = GENERATOR.validate(description, Edition.of(language));
        return edition.isValid() ? edition.contract() : own.inLanguage(language);
    }

    private String plainText(Generation generation, String name) throws Exception {
        assertThat(generation.problems()).isEmpty();
        Path docx = Files.write(dir.resolve(name), generation.document());
        return ExternalTool.PANDOC.run(dir, 120, "-f", "docx", "-t", "plain", "--wrap=none", docx.toString());
    }

    /** The words of every text given per language, by language. */
    private static void collect(JsonNode node, String key, Set<String> norwegian, Set<String> english) {
        if (node.isObject()) {
            if (node.has("nb") && node.has("en") && node.size() == 2) {
                words(node.get("nb").asText(), norwegian);
                words(node.get("en").asText(), english);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), field.getKey(), norwegian, english);
            }
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, key, norwegian, english));
        }
    }

    private static void words(String text, Set<String> into) {
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            into.add(words.group().toLowerCase(java.util.Locale.ROOT));
        }
    }

}

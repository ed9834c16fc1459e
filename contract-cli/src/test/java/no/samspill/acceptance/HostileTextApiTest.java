package no.samspill.acceptance;

import static no.samspill.acceptance.HostileDescriptions.BACKGROUND_LINE;
import static no.samspill.acceptance.HostileDescriptions.replacing;
import static no.samspill.acceptance.HostileDescriptions.withBackground;
import static no.samspill.acceptance.HostileDescriptions.withBackgroundText;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TimeZone;
import no.samspill.ContractGenerator;
import no.samspill.Generation;
import no.samspill.Problem;
import no.samspill.Validation;
import no.samspill.render.DocxPackageReader;
import no.samspill.render.OoxmlSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile text through the embedding API: what {@code validate} accepts {@code generate} writes
 * as a valid package, and what it cannot write is a problem at its line, never an exception.
 */
class HostileTextApiTest {

    private static final ContractGenerator GENERATOR = ContractGenerator.create();

    /** Validation and generation agree: both report exactly one problem, at this line. */
    private static Problem onlyProblem(String yaml, int line) {
        Validation validation = GENERATOR.validate("hostile.yaml", yaml);
        Generation generation = GENERATOR.generate("hostile.yaml", yaml);

        assertThat(validation.problems()).hasSize(1);
        assertThat(generation.problems()).isEqualTo(validation.problems());
        assertThat(generation.isSuccess()).isFalse();
        Problem problem = validation.problems().get(0);
        assertThat(problem.line()).isEqualTo(line);
        return problem;
    }

    private static byte[] validDocument(String yaml) throws Exception {
        assertThat(GENERATOR.validate("hostile.yaml", yaml).problems()).isEmpty();
        Generation generation = GENERATOR.generate("hostile.yaml", yaml);
        assertThat(generation.problems()).isEmpty();
        OoxmlSchemas.assertValid(generation.document());
        return generation.document();
    }

    @Test
    void sevenHundredNestedListsOnOneLineAreAProblemAtTheFieldNotAStackOverflow() {
        assertThat(onlyProblem(withBackgroundText("- ".repeat(700) + "x"), BACKGROUND_LINE).message())
                .startsWith("lists are nested more than 9 levels deep");
    }

    @Test
    void sevenHundredIndentedListsAreAProblemWithTheLineOfTheText() {
        StringBuilder block = new StringBuilder("|\n");
        for (int level = 0; level < 700; level++) {
            block.append("  ").append(" ".repeat(2 * Math.min(level, 40))).append("- x\n");
        }
        assertThat(onlyProblem(withBackground(block.toString()), BACKGROUND_LINE).message())
                .startsWith("lists are nested more than 9 levels deep").contains("(line 10 of the text)");
    }

    @Test
    void aThousandLevelsOfStrongTextAreAProblem() {
        assertThat(onlyProblem(withBackgroundText("**".repeat(1000) + "x" + "**".repeat(1000)), BACKGROUND_LINE)
                .message()).startsWith("emphasis and strong text are nested more than 9 levels deep");
    }

    @Test
    void tenThousandQuoteMarkersAreWrittenAsText() throws Exception {
        validDocument(withBackgroundText("> ".repeat(10_000) + "slutt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.no/rapport-100%", "https://example.no/a|b", "https://example.no/{x}",
        "https://example.no/a^b", "https://example.no/\"q\"", "https://example.no/a\\b", "<https://example.no/a b>",
        "https://example.no/x#a#b", "https://example.no/%zz%", "https://example.no/[1]"})
    void aLinkThatValidatesIsWrittenAsAValidRelationship(String destination) throws Exception {
        byte[] docx = validDocument(withBackgroundText("Se [rapporten](" + destination + ")."));

        String relationships = DocxPackageReader.parts(docx).get("word/_rels/document.xml.rels");
        assertThat(relationships).contains("Target=\"https://example.no/");
        new java.net.URI(relationships.replaceAll("(?s).*Target=\"(https://example\\.no/[^\"]*)\".*", "$1"));
    }

    @Test
    void aLinkThatCannotBeWrittenIsAProblemAtItsLine() {
        assertThat(onlyProblem(withBackgroundText("Se [rapporten](https://[::1/x)."), BACKGROUND_LINE).message())
                .contains("cannot be written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u000B", "\u0000", "\u0001", "\uFFFE", "\uDC00", "\uD800"})
    void aCharacterXmlCannotCarryInTheTitleIsAProblemAtTheTitlesLine(String character) {
        String yaml = replacing("title: Samarbeidsavtale om ny journalløsning",
                "title: " + HostileDescriptions.doubleQuoted("Avtale" + character));

        Problem problem = onlyProblem(yaml, 6);

        assertThat(problem.path()).isEqualTo("contract.title");
        assertThat(problem.message()).contains("at character 7").endsWith("; remove it");
    }

    @Test
    void aTabIsWrittenAsASpaceEverywhere() throws Exception {
        String yaml = replacing("title: Samarbeidsavtale om ny journalløsning", "title: \"Samarbeidsavtale\tom drift\"")
                .replace("  Denne avtalen skal derfor", "  Denne\tavtalen skal derfor");

        String body = DocxPackageReader.parts(validDocument(yaml)).get("word/document.xml");

        assertThat(body).contains("Samarbeidsavtale om drift", "Denne avtalen skal derfor").doesNotContain("\t");
    }

    @Test
    void aOneLineValueOf100000CharactersIsAProblem() {
        String yaml = replacing("name: Journalsystemer AS", "name: " + "J".repeat(100_000));

        assertThat(onlyProblem(yaml, 28).message()).isEqualTo("must be at most 200 characters (it has 100000)");
    }

    @Test
    void aTextOf200000LessThanSignsIsAProblemAndTakesNoLongerThanReadingIt() {
        assertThat(onlyProblem(withBackgroundText("<".repeat(200_000)), BACKGROUND_LINE).message())
                .isEqualTo("must be at most 100,000 characters (it has 200000)");
    }

    @Test
    void aTextJustUnderTheLimitOfLessThanSignsOrOneWordLinesIsWritten() throws Exception {
        validDocument(withBackgroundText("<".repeat(99_000)));
        validDocument(withBackgroundText("ord\n".repeat(24_000)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1979-06-01", "2100-01-01"})
    void aDateOutside1980To2099IsAProblemAtItsLine(String date) {
        assertThat(onlyProblem(replacing("date: 2026-12-01", "date: " + date), 10).message())
                .isEqualTo("must be between 1980-01-01 and 2099-12-31 (it is " + date + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1980-01-01", "2099-12-31"})
    void theBytesOfTheFirstAndLastDayAreTheSameInEveryTimeZone(String date) throws Exception {
        String yaml = replacing("date: 2026-12-01", "date: " + date);
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            byte[] utc = validDocument(yaml);
            for (String zone : List.of("Pacific/Auckland", "America/Los_Angeles")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                assertThat(GENERATOR.generate("hostile.yaml", yaml).document()).as(zone).isEqualTo(utc);
            }
        } finally {
            TimeZone.setDefault(original);
        }
    }
}

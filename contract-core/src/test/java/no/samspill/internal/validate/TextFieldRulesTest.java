package no.samspill.internal.validate;

import static no.samspill.internal.validate.ContractFixture.objectiveWithDescription;
import static no.samspill.internal.validate.ContractFixture.validContract;
import static no.samspill.internal.validate.Validation.at;
import static no.samspill.internal.validate.Validation.problem;
import static no.samspill.internal.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.stream.Stream;
import no.samspill.internal.read.SourceMap;
import no.samspill.model.Amendment;
import no.samspill.model.Incentive;
import no.samspill.model.IncentiveType;
import no.samspill.model.PrincipleEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextFieldRulesTest {

    private static final String HEADING = "headings are not allowed in a text field; use **strong** text for emphasis";

    private static SourceMap backgroundAt(int line, int column) {
        return SourceMap.builder().value("background", at(line, column)).build();
    }

    private static String backgroundProblem(String text) {
        var problems = validate(validContract().withBackground(text), backgroundAt(20, 13));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).path()).isEqualTo("background");
        assertThat(problems.get(0).line()).isEqualTo(20);
        return problems.get(0).message();
    }

    @Test
    void paragraphs_emphasis_strong_lists_and_safe_links_are_allowed() {
        String text = """
                Første avsnitt med *vekt* og **sterk** tekst, og en lenke til \
                [veilederen](https://anskaffelser.no) og <ola@example.no>.

                - et punkt
                - et punkt med [e-post](mailto:ola@example.no)

                1. første
                2. andre
                """;

        assertThat(validate(validContract().withBackground(text))).isEmpty();
    }

    @Test
    void template_syntax_is_plain_text_not_an_error() {
        assertThat(validate(validContract().withBackground("Beløpet er ${belop} <#if x>kroner</#if>."))).isEmpty();
    }

    @Test
    void an_atx_heading_is_reported_at_the_field_with_its_line_in_the_text() {
        assertThat(validate(validContract().withBackground("Innledning.\n\n## Bakgrunn\n\nTekst.\n"), backgroundAt(20, 13)))
                .containsExactly(problem(20, 13, "background", HEADING + " (line 3 of the text)"));
    }

    @Test
    void a_setext_heading_is_reported() {
        assertThat(backgroundProblem("Bakgrunn\n========\n")).isEqualTo(HEADING + " (line 1 of the text)");
    }

    @Test
    void a_one_line_text_needs_no_line_number() {
        assertThat(backgroundProblem("# Bakgrunn")).isEqualTo(HEADING);
    }

    @Test
    void raw_html_blocks_and_inline_html_are_reported_with_the_tag() {
        assertThat(backgroundProblem("<div>\nTekst\n</div>\n"))
                .isEqualTo("raw HTML is not allowed in a text field (\"<div>\") (line 1 of the text)");
        assertThat(backgroundProblem("Første linje<br>andre linje"))
                .isEqualTo("raw HTML is not allowed in a text field (\"<br>\")");
        assertThat(backgroundProblem("Tekst <!-- skjult -->"))
                .isEqualTo("raw HTML is not allowed in a text field (\"<!-- skjult -->\")");
    }

    @Test
    void every_inline_html_tag_is_reported() {
        assertThat(validate(validContract().withBackground("Dette er <b>viktig</b>"), backgroundAt(20, 13)))
                .containsExactly(
                        problem(20, 13, "background", "raw HTML is not allowed in a text field (\"</b>\")"),
                        problem(20, 13, "background", "raw HTML is not allowed in a text field (\"<b>\")"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Se ![logo](https://example.no/logo.png)",
        "Se [siden](http://example.no) og [vedlegget](vedlegg.docx)",
        "```\nkode\n```\n",
        "Avsnitt.\n\n    innrykket\n",
        "Bruk `kode` her",
        "> sitat",
        "Avsnitt.\n\n***\n\nAvsnitt.\n",
        "| a | b |\n|---|---|\n| 1 | 2 |\n"
    })
    void whatIsNotFormattingButNotAHeadingOrHtmlIsNoError(String text) {
        // The format: such text is not formatting and is printed as typed; only headings and
        // raw HTML are errors.
        assertThat(validate(validContract().withBackground(text))).isEmpty();
    }

    static Stream<Arguments> textFields() {
        Function<String, ContractFixture> vision = t -> validContract().withVision(t);
        Function<String, ContractFixture> objective = t -> validContract().withObjectives(
                ContractFixture.objective("faster-documentation",
                        ContractFixture.measure("documentation-time", null)),
                objectiveWithDescription("second", t));
        Function<String, ContractFixture> application = t -> validContract().withPrinciples(
                new PrincipleEntry("loyalty", t, null, null));
        Function<String, ContractFixture> description = t -> validContract().withPrinciples(
                new PrincipleEntry("patient-safety", null, "Pasientsikkerhet", t));
        Function<String, ContractFixture> incentive = t -> validContract().withIncentives(
                new Incentive("documentation-time", IncentiveType.malus, t));
        Function<String, ContractFixture> amendment = t -> validContract().withAmendments(
                new Amendment("11.3", "Tvisteløsning", t));
        return Stream.of(
                Arguments.of("vision", vision),
                Arguments.of("objectives[1].description", objective),
                Arguments.of("principles[0].application", application),
                Arguments.of("principles[0].description", description),
                Arguments.of("incentives[0].description", incentive),
                Arguments.of("amendments[0].change", amendment));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textFields")
    void every_text_field_is_checked(String path, Function<String, ContractFixture> withText) {
        SourceMap map = SourceMap.builder().value(path, at(50, 7)).build();

        assertThat(validate(withText.apply("# Overskrift"), map)).containsExactly(problem(50, 7, path, HEADING));
    }
}

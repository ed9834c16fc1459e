package no.samspill.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NestingTest {

    private static Optional<Nesting.TooDeep> tooDeep(String markdown) {
        return Nesting.firstTooDeep(Nesting.parserBuilder().build().parse(markdown));
    }

    private static String nestedList(int levels) {
        StringBuilder text = new StringBuilder("Innledning.\n\n");
        for (int level = 0; level < levels; level++) {
            text.append("  ".repeat(level)).append("- punkt ").append(level + 1).append('\n');
        }
        return text.toString();
    }

    @Test
    void listsAsDeepAsWordNumbersAreAllowed() {
        assertThat(tooDeep(nestedList(Nesting.MAX_LIST_LEVELS))).isEmpty();
    }

    @Test
    void oneListLevelMoreIsReportedAtTheLineOfTheTextWhereItOpens() {
        Nesting.TooDeep problem = tooDeep(nestedList(Nesting.MAX_LIST_LEVELS + 1)).orElseThrow();

        assertThat(problem.line()).isEqualTo(2 + Nesting.MAX_LIST_LEVELS + 1);
        assertThat(problem.message()).contains("lists are nested more than 9 levels deep");
    }

    @Test
    void listMarkersOnOneLineCountAsLevels() {
        assertThat(tooDeep("- ".repeat(Nesting.MAX_LIST_LEVELS) + "x")).isEmpty();
        assertThat(tooDeep("- ".repeat(700) + "x")).get().extracting(Nesting.TooDeep::line).isEqualTo(1);
    }

    @Test
    void emphasisNestedBeyondTheLimitIsReported() {
        assertThat(tooDeep("_a " + "**b ".repeat(4) + "c" + "**".repeat(4) + "_")).isEmpty();
        assertThat(tooDeep("**".repeat(1000) + "x" + "**".repeat(1000)))
                .get().extracting(Nesting.TooDeep::message).asString().contains("emphasis");
    }

    @Test
    void tenThousandQuoteMarkersOrBracketsAreParsedWithoutExhaustingTheStack() {
        assertThatCode(() -> tooDeep("> ".repeat(10_000) + "x")).doesNotThrowAnyException();
        assertThatCode(() -> tooDeep("[".repeat(50_000) + "x" + "]".repeat(50_000))).doesNotThrowAnyException();
        assertThat(tooDeep("- ".repeat(50_000) + "x")).isPresent();
    }
}

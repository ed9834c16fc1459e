package no.samspill;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemTest {

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"001B", "0007", "0008", "000D", "000A", "007F", "009B", "2028", "202E", "2067", "D800", "DC00"})
    void aCharacterThatWouldActOnATerminalIsKeptAsItsEscape(String hex) {
        char c = (char) Integer.parseInt(hex, 16);
        Problem problem = new Problem("a" + c + ".yaml", 3, 5, "parties.k" + c + "ey", "unknown key \"k" + c + "ey\"");

        assertThat(problem.message()).isEqualTo("unknown key \"k\\u" + hex + "ey\"");
        assertThat(problem.path()).isEqualTo("parties.k\\u" + hex + "ey");
        assertThat(problem.toString()).isEqualTo("a\\u" + hex + ".yaml:3:5: parties.k\\u" + hex + "ey: unknown key \"k\\u"
                + hex + "ey\"");
    }

    @Test
    void lettersOfAnyScriptAndPairedSurrogatesAreShownAsTheyAre() {
        String text = "Kunden æøå ÅØÆ Ελλάδα العربية \uD83D\uDE00 \u00A0";

        assertThat(new Problem("f.yaml", 1, 1, "x", text).message()).isEqualTo(text);
    }
}

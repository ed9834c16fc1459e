package no.samspill.internal.validate;

import static no.samspill.internal.validate.ContractFixture.measure;
import static no.samspill.internal.validate.ContractFixture.member;
import static no.samspill.internal.validate.ContractFixture.objective;
import static no.samspill.internal.validate.ContractFixture.validContract;
import static no.samspill.internal.validate.Validation.at;
import static no.samspill.internal.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.samspill.Problem;
import no.samspill.internal.read.SourceMap;
import no.samspill.model.Forum;
import no.samspill.model.PartyRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values a Word document cannot hold, or that would cost unbounded work, are problems at their field. */
class HostileValuesTest {

    private static final SourceMap POSITIONS = SourceMap.builder()
            .value("contract.title", at(6, 10))
            .value("background", at(33, 13))
            .build();

    private static Problem only(List<Problem> problems) {
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"000B, the control character U+000B", "0000, the control character U+0000",
        "0001, the control character U+0001", "001B, the control character U+001B",
        "FFFE, the non-character U+FFFE", "FFFF, the non-character U+FFFF",
        "DC00, the lone surrogate U+DC00", "D800, the lone surrogate U+D800"})
    void aCharacterXmlCannotCarryInATitleIsReportedAtTheTitlesLine(String hex, String named) {
        String title = "Avtale" + (char) Integer.parseInt(hex, 16) + " om drift";

        Problem problem = only(validate(validContract().withTitle(title), POSITIONS));

        assertThat(problem.path()).isEqualTo("contract.title");
        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.column()).isEqualTo(10);
        assertThat(problem.message()).contains(named).contains("at character 7").endsWith("; remove it");
    }

    @Test
    void inATextTheMessageGivesTheLineOfTheText() {
        Problem problem = only(validate(validContract().withBackground("Første linje.\nAndre\u0001 linje.\n"), POSITIONS));

        assertThat(problem.line()).isEqualTo(33);
        assertThat(problem.message()).isEqualTo(
                "contains the control character U+0001 at line 2, character 6 of the text, "
                        + "which a Word document cannot hold; remove it");
    }

    @Test
    void aSurrogatePairIsOneCharacterAndValid() {
        assertThat(validate(validContract().withTitle("Avtale \uD83D\uDE00 om drift"))).isEmpty();
    }

    @Test
    void aTabIsNotAProblemInAnyField() {
        assertThat(validate(validContract().withTitle("Avtale\tom drift").withBackground("Kolonne\tkolonne.\n"))).isEmpty();
    }

    /** The fixture's two forums, the steering group renamed. */
    private static ContractFixture withSteeringGroupNamed(String name) {
        Forum steering = ContractFixture.steering();
        Forum renamed = new Forum(steering.id(), name, steering.shortName(), steering.level(), steering.frequency(),
                steering.members(), steering.responsibilities(), steering.decisionRule());
        Forum relationship = ContractFixture.forum("relationship", member(PartyRole.customer, "relasjonsansvarlig"),
                member(PartyRole.supplier, "relasjonsansvarlig"));
        return validContract().withForums(renamed, relationship);
    }

    @Test
    void aOneLineValueLongerThan200CharactersIsReported() {
        assertThat(validate(withSteeringGroupNamed("a".repeat(200)))).isEmpty();

        Problem problem = only(validate(withSteeringGroupNamed("a".repeat(100_000)),
                SourceMap.builder().value("governance.forums[0].name", at(40, 11)).build()));

        assertThat(problem.line()).isEqualTo(40);
        assertThat(problem.message()).isEqualTo("must be at most 200 characters (it has 100000)");
    }

    @Test
    void aTextLongerThan100000CharactersIsReported() {
        String paragraph = "Partene samarbeider tett. ";
        String justUnder = paragraph.repeat(100_000 / paragraph.length());
        assertThat(validate(validContract().withBackground(justUnder))).isEmpty();

        Problem problem = only(validate(validContract().withBackground("<".repeat(200_000)), POSITIONS));

        assertThat(problem.message()).isEqualTo("must be at most 100,000 characters (it has 200000)");
    }

    @Test
    void listsNestedBeyondWhatWordNumbersAreReportedAtTheField() {
        Problem problem = only(validate(validContract().withBackground("- ".repeat(700) + "x"), POSITIONS));

        assertThat(problem.line()).isEqualTo(33);
        assertThat(problem.message()).startsWith("lists are nested more than 9 levels deep");
    }

    @Test
    void emphasisNestedAThousandLevelsIsReportedNotACrash() {
        String text = "**".repeat(1000) + "x" + "**".repeat(1000);

        assertThat(only(validate(validContract().withBackground(text), POSITIONS)).message())
                .startsWith("emphasis and strong text are nested more than 9 levels deep");
    }

    @Test
    void aLinkThatCanBeEncodedIsValidAndOneThatCannotIsReported() {
        assertThat(validate(validContract().withBackground(
                "Se [rapporten](https://example.no/rapport-100%) og [b](<https://example.no/a b>).\n"))).isEmpty();

        Problem problem = only(validate(validContract().withBackground("Se [rapporten](https://).\n"), POSITIONS));

        assertThat(problem.line()).isEqualTo(33);
        assertThat(problem.message()).contains("\"https://\"").contains("cannot be written");
    }

    @ParameterizedTest
    @CsvSource({"1979-12-31, false", "1980-01-01, true", "2099-12-31, true", "2100-01-01, false"})
    void aDateMustLieWithin1980And2099(LocalDate deadline, boolean valid) {
        List<Problem> problems = validate(validContract().withObjectives(objective("o", measure("m", deadline))));

        List<Problem> outOfRange = problems.stream().filter(p -> p.message().startsWith("must be between")).toList();
        assertThat(outOfRange).hasSize(valid ? 0 : 1);
        if (!valid) {
            assertThat(outOfRange.get(0).path()).isEqualTo("objectives[0].measures[0].deadline");
            assertThat(outOfRange.get(0).message())
                    .isEqualTo("must be between 1980-01-01 and 2099-12-31 (it is " + deadline + ")");
        }
    }
}

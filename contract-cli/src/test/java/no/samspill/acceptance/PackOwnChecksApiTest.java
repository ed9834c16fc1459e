package no.samspill.acceptance;

import static no.samspill.acceptance.HealthTrustPack.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import no.samspill.Check;
import no.samspill.ContractGenerator;
import no.samspill.Generation;
import no.samspill.Problem;
import no.samspill.TemplateException;
import no.samspill.Validation;
import no.samspill.templates.FreemarkerTemplatePack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health trust's pack, with checks of its own, through the embedding API. */
class PackOwnChecksApiTest {

    @TempDir
    Path dir;

    private HealthTrustPack trust;

    @BeforeEach
    void copyTheFixture() {
        trust = HealthTrustPack.copyTo(dir);
    }

    @Test
    void thePacksChecksFindWhatTheTrustAsksForAtTheLinesOfTheDescription() {
        ContractGenerator generator = ContractGenerator.builder()
                .templates(FreemarkerTemplatePack.fromDirectory(trust.pack())).build();

        Validation validation = generator.validate(trust.description());

        Path file = trust.description();
        assertThat(validation.isValid()).isFalse();
        assertThat(validation.problems()).extracting(Problem::code, Problem::path, Problem::line)
                .containsExactly(tuple("early-warning-within-a-week", "governance.earlyWarning.meetingWithinDays",
                        lineOf(file, "meetingWithinDays: 10")));
        assertThat(validation.warnings()).extracting(Problem::code, Problem::path, Problem::line)
                .containsExactly(tuple("data-processing-agreement-named", "contract.dataProcessingAgreement",
                        lineOf(file, "title: Samarbeidsavtale")));
        assertThat(generator.checks()).extracting(Check::code)
                .contains("early-warning-within-a-week", "data-processing-agreement-named")
                .doesNotContain("survey-small-group");
    }

    @Test
    void theCheckThePackSwitchesOffIsSilentWhereTheBuiltInPackWarns() {
        Validation builtIn = ContractGenerator.create().validate(trust.example());
        Validation own = ContractGenerator.builder()
                .templates(FreemarkerTemplatePack.fromDirectory(trust.pack())).build().validate(trust.example());

        assertThat(builtIn.warnings()).extracting(Problem::code).containsExactly("survey-small-group");
        assertThat(own.findings()).isEmpty();
    }

    @Test
    void aDescriptionThatMeetsThePacksChecksIsGenerated() {
        Generation generation = ContractGenerator.builder()
                .templates(FreemarkerTemplatePack.fromDirectory(trust.pack())).build().generate(trust.example());

        assertThat(generation.isSuccess()).as("%s", generation.validation().findings()).isTrue();
        assertThat(generation.document()).isNotEmpty();
    }

    @Test
    void aPackThatConfiguresItsChecksWronglyFailsWhenItIsLoadedAtItsLineInPackYaml() {
        trust.editManifest("meetingWithinDays: { maximum: 7 }", "meetingWithinDays: { maximum: 7, minimun: 1 }");
        int line = lineOf(trust.pack().resolve("pack.yaml"), "minimun");

        assertThatThrownBy(() -> FreemarkerTemplatePack.fromDirectory(trust.pack()))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("pack.yaml:" + line + ": the schema of the check \"early-warning-within-a-week\""
                        + " uses the keyword \"minimun\", which draft 2020-12 does not have; did you mean \"minimum\"?");
    }
}

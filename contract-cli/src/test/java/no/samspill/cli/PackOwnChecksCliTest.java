package no.samspill.cli;

import static no.samspill.acceptance.HealthTrustPack.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.samspill.acceptance.HealthTrustPack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health trust's pack, with checks of its own, through {@code validate} and {@code check}. */
class PackOwnChecksCliTest {

    @TempDir
    Path dir;

    private HealthTrustPack trust;

    @BeforeEach
    void copyTheFixture() {
        trust = HealthTrustPack.copyTo(dir);
    }

    @Test
    void validateReportsThePacksFindingAtItsLineWithItsCode() {
        CliRun run = CliRun.of("validate", "--templates", trust.pack().toString(), trust.description().toString());

        int line = lineOf(trust.description(), "meetingWithinDays: 10");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(trust.description() + ":" + line + ":24:"
                + " governance.earlyWarning.meetingWithinDays: the trust's contracts have the parties meet within 7"
                + " days of an early warning; set meetingWithinDays to 7 or fewer (must have a maximum value of 7)"
                + " [early-warning-within-a-week]" + System.lineSeparator()
                // The pack's warning is listed after its error, at the parent of the missing field.
                + trust.description() + ":6:3: warning: contract.dataProcessingAgreement: the supplier processes"
                + " patient data; name the data processing agreement in contract.dataProcessingAgreement (required"
                + " property 'dataProcessingAgreement' not found) [data-processing-agreement-named]"
                + System.lineSeparator()
                + "1 problem and 1 warning found; no document was written." + System.lineSeparator());
    }

    @Test
    void withoutThePackTheSameDescriptionIsValid() {
        CliRun run = CliRun.of("validate", trust.description().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(": valid");
    }

    @Test
    void checkPassesThePackWhoseExampleMeetsItsChecksWithoutTheWarningItSwitchesOff() {
        CliRun update = CliRun.of("check", "--templates", trust.pack().toString(), "--update");
        CliRun check = CliRun.of("check", "--templates", trust.pack().toString());
        CliRun builtIn = CliRun.of("check", "--examples", trust.pack().resolve("examples").toString());

        assertThat(update.exitCode()).as(update.out() + update.err()).isZero();
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).containsPattern("All \\d+ checks passed\\.");
        // the built-in pack, which warns about a survey among so few, fails the same example
        assertThat(builtIn.exitCode()).isEqualTo(1);
        assertThat(builtIn.out()).containsPattern("(?m)^\\S*journal\\.yaml:" + lineOf(trust.example(), "method: survey")
                + ": examples: warning: governance\\.healthCheck\\.method: .*\\[survey-small-group\\]; an example is what"
                + " users copy");
    }

    @Test
    void aPackThatSwitchesOffAnUnknownCheckFailsAtItsLineInPackYaml() {
        trust.editManifest("off: [survey-small-group]", "off: [survey-small-groups]");
        int line = lineOf(trust.pack().resolve("pack.yaml"), "off: [survey-small-groups]");

        CliRun validate = CliRun.of("validate", "--templates", trust.pack().toString(), trust.example().toString());
        CliRun check = CliRun.of("check", "--templates", trust.pack().toString());

        String message = "pack.yaml:" + line + ": \"survey-small-groups\" is not a built-in check, so it cannot be"
                + " switched off; did you mean \"survey-small-group\"?";
        assertThat(validate.exitCode()).isEqualTo(3);
        assertThat(validate.err()).isEqualTo("samspill: " + message + System.lineSeparator());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains(message.replace("pack.yaml:" + line + ": ", "pack.yaml:" + line + ": manifest: "));
    }
}

package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.samspill.ContractGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InitCommandTest {

    @TempDir
    Path dir;

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> everyBaseInEveryLanguage() {
        return ContractGenerator.create().templates().catalogue().codes().stream()
                .flatMap(code -> java.util.stream.Stream.of("nb", "en")
                        .map(lang -> org.junit.jupiter.params.provider.Arguments.of(code, lang)));
    }

    @ParameterizedTest
    @MethodSource("everyBaseInEveryLanguage")
    void theStarterForEveryBaseAndLanguageValidatesAndGeneratesAsItIs(String base, String lang) {
        Path file = dir.resolve("avtale.yaml");

        CliRun init = CliRun.of("init", "--base", base, "--lang", lang, file.toString());
        CliRun generate = CliRun.of("generate", file.toString());

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(dir.resolve("avtale.docx")).exists();
        assertThat(dir.resolve("samspill.schema.json")).content().contains("\"$schema\"").contains("\"" + base + "\"");
    }

    @Test
    void theStarterNamesItsSchemaAndShowsTheOptionalSections() {
        CliRun run = CliRun.of("init", "--base", "SSA-D");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("# yaml-language-server: $schema=")
                .contains("code: SSA-D")
                .contains("# principles:", "# risks:", "# incentives:", "# amendments:", "# earlyWarning:")
                .contains("relationshipManagers:\n    customer:");
    }

    @Test
    void anExistingFileIsKeptWithoutForce() throws IOException {
        Path file = Files.writeString(dir.resolve("avtale.yaml"), "my own work");

        CliRun run = CliRun.of("init", file.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(file)).isEqualTo("my own work");
    }

    @Test
    void anUnknownBaseIsAUsageErrorListingTheCatalogue() {
        CliRun run = CliRun.of("init", "--base", "SSA-X");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown base agreement \"SSA-X\"").contains("SSA-L");
    }
}

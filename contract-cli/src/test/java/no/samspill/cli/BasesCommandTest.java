package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BasesCommandTest {

    @Test
    void listsEveryCodeWithItsNamesAndOnlyVerifiedAppendixNumbers() {
        CliRun run = CliRun.of("bases");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("SSA-L", "SSA-D", "SSA-S", "SSA-T", "SSA-B", "SSA-O", "SSA-K", "SSA-V", "SSA-R", "SSA-sky")
                .contains("Driftsavtalen", "Operational Services Agreement")
                .contains("changes to the general text in appendix 8");
    }

    @Test
    void completionIsABashScriptForEveryCommand() {
        CliRun run = CliRun.of("completion");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("#!/usr/bin/env bash").contains("generate").contains("validate").contains("init");
    }

    @Test
    void versionNamesSamspillAndItsVersion() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("samspill 0.1.0");
    }

    @Test
    void everyCommandsHelpHasExamplesAndTheExitCodes() {
        for (String command : new String[] {"validate", "generate", "init", "bases", "templates", "check", "completion"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Examples:").contains("Exit codes:");
        }
    }

    @Test
    void anUnknownOptionSuggestsTheClosestOne() {
        CliRun run = CliRun.of("generate", "x.yaml", "--forse");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--forse").contains("--force");
    }
}

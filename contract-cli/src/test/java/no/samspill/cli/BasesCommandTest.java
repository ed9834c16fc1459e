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
                .contains("changes to the general text in appendix 8")
                .contains("versions: 2015, 2018, 2024 (newest: 2024)")
                .contains("price and bonus in appendix 7", "service levels in appendix 5")
                .contains("clauses: 1.3 (precedence), 1.5 (representatives)")
                .contains("clauses: 3.6–3.9 (disputedChangeOrders)");
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

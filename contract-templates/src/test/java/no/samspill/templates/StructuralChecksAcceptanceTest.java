package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.samspill.Check;
import no.samspill.ContractGenerator;
import no.samspill.Problem;
import no.samspill.Severity;
import no.samspill.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every check of the catalogue, through the public API with the built-in pack: a sound
 * description that no check reports, and for each check the same description broken in exactly
 * one place, which that check reports at the place, and no other check does.
 */
class StructuralChecksAcceptanceTest {

    private static final ContractGenerator GENERATOR = ContractGenerator.create();
    private static final String SOUND = resource("checks/sound.yaml");
    /** The amendments, the last part of the sound description: of SSA-S clauses other agreements may not have. */
    private static final String AMENDMENTS = SOUND.substring(SOUND.indexOf("\namendments:"));

    /** One way to break the sound description, and the check that must say so. */
    record Breach(String code, String path, List<String[]> edits, Set<String> alsoReported, int count) {

        static Breach of(String code, String path, String... fromTo) {
            return new Breach(code, path, pairs(fromTo), Set.of(), 1);
        }

        /** Other codes the same change also, and rightly, gives. */
        Breach alongside(String... codes) {
            return new Breach(code, path, edits, Set.of(codes), count);
        }

        /** How many places the one change breaks the rule at; the first is at {@code path}. */
        Breach times(int places) {
            return new Breach(code, path, edits, alsoReported, places);
        }

        String apply(String yaml) {
            String out = yaml;
            for (String[] edit : edits) {
                assertThat(out).as("the sound description has the text to change for " + code).contains(edit[0]);
                out = out.replace(edit[0], edit[1]);
            }
            return out;
        }

        @Override
        public String toString() {
            return code;
        }

        private static List<String[]> pairs(String... fromTo) {
            List<String[]> pairs = new ArrayList<>();
            for (int i = 0; i < fromTo.length; i += 2) {
                pairs.add(new String[] {fromTo[i], fromTo[i + 1]});
            }
            return pairs;
        }
    }

    static Stream<Breach> breaches() {
        return Stream.of(
                Breach.of("base-agreement-unknown", "contract.baseAgreement.code",
                        "code: SSA-S", "code: SSA-X"),
                Breach.of("base-version-unknown", "contract.baseAgreement.version",
                        "version: \"2015\"", "version: \"2016\""),
                Breach.of("amendment-clause-unknown", "amendments[0].clause",
                        "clause: \"2.2.2\"", "clause: \"11.3\""),
                Breach.of("framework-term-too-long", "contract.term.extensions",
                        "code: SSA-S", "code: SSA-R",
                        "    end: 2030-02-28\n", "    end: 2030-02-28\n    extensions: [P1Y, P1Y]\n",
                        AMENDMENTS, "\n"),
                Breach.of("term-outlasts-base", "contract.term.end",
                        "    changesAppendix: 8\n", "    changesAppendix: 8\n    lastDay: 2029-12-31\n"),
                Breach.of("extensions-outlast-base", "contract.term.extensions",
                        "    changesAppendix: 8\n", "    changesAppendix: 8\n    lastDay: 2030-12-31\n",
                        "    end: 2030-02-28\n", "    end: 2030-02-28\n    extensions: [P2Y]\n"),
                Breach.of("exit-plan-after-term", "governance.exit.transitionPlanMonths",
                        "transitionPlanMonths: 9", "transitionPlanMonths: 40"),
                Breach.of("objective-without-measure", "objectives[2].measures",
                        "\nexpectations:", "  - id: open-data\n    title: Open data from the permit service\n\nexpectations:"),
                Breach.of("measure-without-baseline", "objectives[1].measures[1].baseline",
                        "        method: Structured interviews with at least ten case officers\n", ""),
                Breach.of("measure-without-target", "objectives[1].measures[1].target",
                        "        target: Good or very good\n", ""),
                Breach.of("measure-direction-unclear", "objectives[0].measures[1].target",
                        "        target: 85\n", "        target: 0\n"),
                Breach.of("measure-target-behind-baseline", "objectives[0].measures[0].target",
                        "        target: 4\n", "        target: 4\n        better: higher\n"),
                Breach.of("incentive-target-not-numeric", "incentives[1].measure",
                        "        target: 4\n", "        target: Four weeks\n"),
                Breach.of("incentive-without-deadline", "incentives[0].measure",
                        "        deadline: 2028-12-31\n", ""),
                Breach.of("reporting-forum-too-rare", "governance.forums[1].frequency",
                        "frequency: monthly\n      decisionRule", "frequency: semiannual\n      decisionRule"),
                Breach.of("measure-responsible-not-in-forum", "objectives[0].measures[1].responsible",
                        "        - { party: supplier, role: delivery manager }\n"
                                + "        - { party: supplier, role: lead architect }\n", "")
                        // The format already requires both parties in every forum; the check says what it costs.
                        .alongside(Check.FORMAT)
                        // digital-share and case-officer-view are joint, release-predictability the supplier's.
                        .times(3),
                Breach.of("forum-without-responsibilities", "governance.forums[2].responsibilities",
                        "      responsibilities:\n        - Plan and follow up the work of the sprint\n", ""),
                Breach.of("no-strategic-forum", "governance.forums",
                        "      level: strategic\n      frequency: semiannual\n",
                        "      level: tactical\n      frequency: quarterly\n"),
                Breach.of("relationship-manager-missing", "governance.relationshipManagers.supplier",
                        "    supplier: { name: Lene Moe, title: Account Director }\n", ""),
                Breach.of("survey-small-group", "governance.healthCheck.method",
                        "method: workshop", "method: survey"),
                Breach.of("escalation-few-steps", "governance.escalation",
                        "    - { forum: team, days: 10 }\n    - { forum: product-board, days: 15 }\n", ""),
                Breach.of("escalation-descends", "governance.escalation[1].forum",
                        "    - { forum: team, days: 10 }\n    - { forum: product-board, days: 15 }\n",
                        "    - { forum: product-board, days: 15 }\n    - { forum: team, days: 10 }\n"),
                Breach.of("escalation-top-not-highest", "governance.escalation[1].forum",
                        "    - { forum: board, days: 30 }\n", ""),
                Breach.of("escalation-step-too-long", "governance.escalation[2].days",
                        "{ forum: board, days: 30 }", "{ forum: board, days: 45 }"),
                Breach.of("early-warning-late", "governance.earlyWarning.meetingWithinDays",
                        "  review:\n", "  earlyWarning:\n    meetingWithinDays: 21\n  review:\n"),
                Breach.of("principle-without-description", "principles[1].description",
                        "\ngovernance:", "principles:\n  - reciprocity\n  - id: openness\n    title: Openness\n\ngovernance:"),
                Breach.of("principle-conflicts-with-base", "contract.baseAgreement.code",
                        "code: SSA-S", "code: SSA-B", AMENDMENTS, "\n"),
                Breach.of("acceptance-unused", "checks.accept[0]",
                        "\namendments:", "\nchecks:\n  accept:\n    - code: early-warning-late\n"
                                + "      reason: The parties meet within three weeks.\n\namendments:"));
    }

    @Test
    void the_sound_description_gives_no_finding_at_all() {
        Validation validation = GENERATOR.validate("sound.yaml", SOUND);

        assertThat(validation.findings()).isEmpty();
        assertThat(validation.accepted()).isEmpty();
    }

    @Test
    void every_check_in_the_catalogue_has_a_breach_here() {
        Set<String> tested = breaches().map(Breach::code).collect(Collectors.toCollection(TreeSet::new));
        Set<String> catalogue = GENERATOR.checks().stream().map(Check::code)
                .filter(code -> !code.equals(Check.FORMAT))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(tested).isEqualTo(catalogue);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaches")
    void each_breach_is_reported_by_its_check_at_its_place_and_by_no_other(Breach breach) {
        Validation validation = GENERATOR.validate("broken.yaml", breach.apply(SOUND));

        Check check = GENERATOR.checks().stream().filter(c -> c.code().equals(breach.code())).findFirst().orElseThrow();
        List<Problem> found = validation.findings().stream().filter(p -> p.code().equals(breach.code())).toList();
        assertThat(found).as(validation.findings().toString()).hasSize(breach.count());
        Problem finding = found.get(0);
        assertThat(finding.path()).isEqualTo(breach.path());
        assertThat(finding.severity()).isEqualTo(check.severity());
        assertThat(finding.line()).as("a line of the file, not the document's start").isGreaterThan(1);
        assertThat(finding.message()).doesNotContain("null")
                .as("no words of the message are taken for a long quoted value and shortened").doesNotContain("…");
        Set<String> others = validation.findings().stream().map(Problem::code)
                .filter(code -> !code.equals(breach.code()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(others).as(validation.findings().toString()).isEqualTo(new TreeSet<>(breach.alsoReported()));
        // An error stops generation; a warning alone does not.
        assertThat(validation.isValid()).isEqualTo(check.severity() == Severity.WARNING && breach.alsoReported().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaches")
    void under_strict_checking_every_breach_stops_generation(Breach breach) {
        ContractGenerator strict = ContractGenerator.builder().strict(true).build();

        Validation validation = strict.validate("broken.yaml", breach.apply(SOUND));

        assertThat(validation.isValid()).isFalse();
        assertThat(validation.warnings()).isEmpty();
        assertThat(validation.problems()).extracting(Problem::code).contains(breach.code());
    }

    static String resource(String name) {
        try (InputStream in = StructuralChecksAcceptanceTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package no.samspill.cli;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.LogicalLocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import no.samspill.AcceptedWarning;
import no.samspill.Check;
import no.samspill.Problem;
import no.samspill.Severity;

/**
 * {@code samspill validate --format sarif}: the findings as a SARIF 2.1.0 log, which code-scanning
 * services show beside the lines they point at. Built from java-sarif's classes, generated from
 * the official schema, so that the log has the schema's shape by construction.
 *
 * <p>One run; its tool's rules are the checks that ran ({@code ContractGenerator.checks()}), and
 * each finding is a result of its check's rule. An accepted warning is a result too, suppressed
 * in the source with the description's reason, so that the service shows it as dismissed rather
 * than not at all. The log holds nothing that changes from run to run (no time, no machine), so
 * the same descriptions give the same bytes.
 */
final class SarifReport {

    /** The {@code $id} of the official SARIF 2.1.0 schema, which a log names as its {@code $schema}. */
    static final URI SCHEMA = URI.create(
            "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json");

    /** The base the artifact locations are relative to: the checkout, as code-scanning services name it. */
    static final String SOURCE_ROOT = "%SRCROOT%";

    /**
     * The generated classes leave out every property that has its schema default, and a result's
     * level and a rule's default level default to "warning": a warning would then carry no level
     * at all. Valid, but a reader should not need the schema to tell a warning from an error.
     */
    private abstract static class LevelAlwaysWritten {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object level;
    }

    private static final ObjectMapper MAPPER = ReportJson.mapper()
            .addMixIn(Result.class, LevelAlwaysWritten.class)
            .addMixIn(ReportingConfiguration.class, LevelAlwaysWritten.class)
            .build();

    private SarifReport() {}

    /**
     * The log of {@code report}.
     *
     * @param checks the checks that ran, which become the rules
     * @param version samspill's version, for the tool
     */
    static String of(ValidationReport report, List<Check> checks, String version) {
        Map<String, Integer> ruleIndex = new HashMap<>();
        LinkedHashSet<ReportingDescriptor> rules = new LinkedHashSet<>();
        for (Check check : checks) {
            ruleIndex.putIfAbsent(check.code(), ruleIndex.size());
            rules.add(rule(check));
        }
        List<Result> results = new ArrayList<>();
        List<Notification> failures = new ArrayList<>();
        for (FileOutcome file : report.files()) {
            if (file.isFailure()) {
                failures.add(new Notification()
                        .withLevel(Notification.Level.ERROR)
                        .withMessage(new Message().withText(file.failure()))
                        .withLocations(new LinkedHashSet<>(List.of(new Location().withPhysicalLocation(
                                new PhysicalLocation().withArtifactLocation(artifact(file.file())))))));
                continue;
            }
            for (Problem problem : file.listed()) {
                results.add(result(problem, file.stopping().contains(problem), ruleIndex));
            }
            for (AcceptedWarning accepted : file.accepted()) {
                results.add(result(accepted.warning(), false, ruleIndex).withSuppressions(new LinkedHashSet<>(List.of(
                        new Suppression()
                                .withKind(Suppression.Kind.IN_SOURCE)
                                .withStatus(Suppression.Status.ACCEPTED)
                                .withJustification(accepted.reason())))));
            }
        }
        // A description that could not be read has no results, and its absence must not read as
        // "nothing found": the invocation says the run did not succeed, and why, per file.
        Invocation invocation = new Invocation().withExecutionSuccessful(failures.isEmpty());
        if (!failures.isEmpty()) {
            invocation.setToolExecutionNotifications(failures);
        }
        Run run = new Run()
                .withTool(new Tool().withDriver(new ToolComponent()
                        .withName("samspill")
                        .withVersion(version)
                        .withRules(rules)))
                .withInvocations(List.of(invocation))
                .withResults(results);
        SarifSchema210 log = new SarifSchema210()
                .with$schema(SCHEMA)
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
        return ReportJson.write(MAPPER, log);
    }

    private static ReportingDescriptor rule(Check check) {
        // helpUri must be absolute, and samspill has no published address for its documentation:
        // the help names the file and section instead.
        String help = "See docs/checks.md in samspill's documentation, section " + check.code() + ".";
        return new ReportingDescriptor()
                .withId(check.code())
                .withShortDescription(new MultiformatMessageString().withText(check.summary()))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(
                        check.severity() == Severity.ERROR
                                ? ReportingConfiguration.Level.ERROR
                                : ReportingConfiguration.Level.WARNING))
                .withHelp(new MultiformatMessageString().withText(help));
    }

    /**
     * The result of one finding. Its level is the one the run gave it, as SARIF means a result's
     * level: a warning that stops the description under --strict is an error of this run (its
     * rule's default level still says warning), so that a service that fails a pull request on
     * errors agrees with the exit code.
     */
    private static Result result(Problem problem, boolean blocking, Map<String, Integer> ruleIndex) {
        PhysicalLocation physical = new PhysicalLocation().withArtifactLocation(artifact(problem.file()));
        // A region's lines and columns start at 1; a finding about the file as a whole may have none.
        if (problem.line() >= 1) {
            Region region = new Region().withStartLine(problem.line());
            if (problem.column() >= 1) {
                region.setStartColumn(problem.column());
            }
            physical.setRegion(region);
        }
        Location location = new Location()
                .withPhysicalLocation(physical)
                // The field path, for a reader that works with paths rather than lines.
                .withLogicalLocations(new LinkedHashSet<>(List.of(
                        new LogicalLocation().withFullyQualifiedName(problem.path()))));
        Result result = new Result()
                .withRuleId(problem.code())
                .withLevel(problem.severity() == Severity.ERROR || blocking ? Result.Level.ERROR : Result.Level.WARNING)
                // A service shows the message without the path; the path is what a lawyer looks for.
                .withMessage(new Message().withText(problem.path() + ": " + problem.message()))
                .withLocations(List.of(location));
        Integer index = ruleIndex.get(problem.code());
        if (index != null) {
            result.setRuleIndex(index);
        }
        return result;
    }

    /**
     * Where a description is: its path as the user gave it, with forward slashes, relative to the
     * checkout. An absolute path inside the working directory is made relative to it; one outside
     * it can only be a {@code file:} address, with no base.
     */
    static ArtifactLocation artifact(String file) {
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            Path workingDirectory = Path.of("").toAbsolutePath();
            Path normal = path.normalize();
            if (!normal.startsWith(workingDirectory)) {
                return new ArtifactLocation().withUri(normal.toUri().toASCIIString());
            }
            path = workingDirectory.relativize(normal);
        }
        return new ArtifactLocation().withUri(relativeUri(path)).withUriBaseId(SOURCE_ROOT);
    }

    /** {@code path} as a relative URI: forward slashes, and what a URI cannot hold percent-encoded. */
    private static String relativeUri(Path path) {
        String slashed = path.toString().replace(File.separatorChar, '/');
        // A colon in the first segment would read as a scheme ("a:b.yaml"); "./" keeps it a path.
        int slash = slashed.indexOf('/');
        String first = slash < 0 ? slashed : slashed.substring(0, slash);
        if (first.contains(":")) {
            slashed = "./" + slashed;
        }
        try {
            return new URI(null, null, slashed, null).toASCIIString();
        } catch (URISyntaxException e) {
            // The constructor quotes what is illegal, so only a malformed path could fail: it cannot.
            throw new IllegalStateException("no URI for " + path, e);
        }
    }
}

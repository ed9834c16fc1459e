package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CheckCommandTest {

    @TempDir
    Path directory;

    @Test
    void theBuiltInPackWithItsShippedExamplesAndSnapshotsPasses() {
        CliRun run = CliRun.of("check");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).containsPattern("All \\d+ checks passed\\.");
    }

    @Test
    void anExportedPackPassesAndABrokenClauseFailsWithFileLineAndDiff() throws IOException {
        Path pack = directory.resolve("klausuler");
        assertThat(CliRun.of("templates", "export", pack.toString()).exitCode()).isZero();
        assertThat(CliRun.of("check", "--templates", pack.toString()).exitCode()).isZero();

        Path vision = pack.resolve("clauses/vision.nb.md.ftl");
        Files.writeString(vision, Files.readString(vision).replace("Visjonen angir retningen", "Visjonen viser retningen"));
        CliRun run = CliRun.of("check", "--templates", pack.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern("(?m)^\\S*golden/ehelse-ssa-l\\.nb\\.txt:\\d+: golden: the text of the clause vision \\(nb\\)")
                .contains("    -Visjonen angir retningen", "    +Visjonen viser retningen")
                .containsPattern("(?m)^pack\\.yaml:\\d+: versions: clause vision changed .* raise it to 4$")
                .containsPattern("checks failed, with \\d+ failures\\.");
    }

    @Test
    void theJunitReportHasASuitePerCheckAndTheFailureWithItsFileAndLine() throws Exception {
        Path pack = directory.resolve("klausuler");
        CliRun.of("templates", "export", pack.toString());
        Path purpose = pack.resolve("clauses/purpose.en.md.ftl");
        Files.writeString(purpose, "${contract.tittel}\n" + Files.readString(purpose));
        Path report = directory.resolve("reports/check.xml");

        CliRun run = CliRun.of("check", "--templates", pack.toString(), "--format", "junit", "-o", report.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("clauses/purpose.en.md.ftl:1: templates:");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isGreaterThanOrEqualTo(5);
        Element templates = suite(suites, "templates");
        assertThat(Integer.parseInt(templates.getAttribute("tests"))).isGreaterThan(40);
        assertThat(templates.getAttribute("failures")).isEqualTo("1");
        Element failure = (Element) templates.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).startsWith("clauses/purpose.en.md.ftl:1: ").contains("tittel");
        assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("purpose (en)");
    }

    @Test
    void updateRewritesTheSnapshotsAfterADeliberateChange() throws IOException {
        Path pack = directory.resolve("klausuler");
        CliRun.of("templates", "export", pack.toString());
        Path vision = pack.resolve("clauses/vision.en.md.ftl");
        Files.writeString(vision, Files.readString(vision).replace("sets the direction", "gives the direction"));
        Path manifest = pack.resolve("pack.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("{ id: vision, version: 3 }", "{ id: vision, version: 4 }"));

        CliRun run = CliRun.of("check", "--templates", pack.toString(), "--update");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("updated " + pack.resolve("golden/ehelse-ssa-l.en.txt"));
        assertThat(Files.readString(pack.resolve("golden/ehelse-ssa-l.en.txt"), StandardCharsets.UTF_8))
                .contains("## clause vision@4 (en)", "gives the direction");
        assertThat(CliRun.of("check", "--templates", pack.toString()).exitCode()).isZero();
    }

    @Test
    void theShippedSnapshotsCannotBeUpdated() {
        CliRun run = CliRun.of("check", "--update");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--golden");
    }

    private static Element suite(NodeList suites, String name) {
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            if (suite.getAttribute("name").equals(name)) {
                return suite;
            }
        }
        throw new AssertionError("no test suite " + name);
    }
}

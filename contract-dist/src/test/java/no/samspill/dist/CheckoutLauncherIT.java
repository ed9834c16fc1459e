package no.samspill.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The developer's launcher at the root of the checkout, ./samspill. */
class CheckoutLauncherIT {

    @TempDir
    Path temp;

    @Test
    void aSymlinkOnThePathRunsTheCheckoutFromAnyDirectory() throws Exception {
        Sandbox sandbox = new Sandbox(temp.resolve("machine"));
        Path links = Files.createDirectories(temp.resolve("links"));
        Files.createSymbolicLink(links.resolve("samspill"), Installations.checkout().resolve("samspill"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        // No Maven on this PATH: had the launcher not found the built jar, it would say so.
        Sandbox.Run run = Sandbox.run(elsewhere, sandbox.environment(links, sandbox.tools, Sandbox.javaBin()),
                List.of("samspill", "--version")).succeeded();
        assertThat(run.out()).startsWith("samspill " + Installations.version());
        assertThat(run.err()).isEmpty();
    }

    /**
     * A checkout of its own (the launcher, a git repository, a built jar), so that the test can
     * edit and commit an example: an edit is the user's and builds nothing; a commit is the
     * project's and rebuilds (here: asks for Maven, which this PATH lacks).
     */
    @Test
    void anUncommittedEditOfAnExampleBuildsNothingACommittedOneRebuilds() throws Exception {
        Path real = Installations.checkout();
        Path checkout = Files.createDirectories(temp.resolve("checkout"));
        Files.copy(real.resolve("samspill"), checkout.resolve("samspill"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        for (String module : List.of("contract-core", "contract-templates", "contract-cli")) {
            Files.createDirectories(checkout.resolve(module + "/src/main"));
            Files.writeString(checkout.resolve(module + "/pom.xml"), "<project/>\n");
        }
        Path example = checkout.resolve("contract-templates/examples/ehelse-ssa-l.yaml");
        Files.createDirectories(example.getParent());
        Files.createDirectories(checkout.resolve("contract-templates/golden"));
        Files.copy(real.resolve("contract-templates/examples/ehelse-ssa-l.yaml"), example);
        Sandbox sandbox = new Sandbox(temp.resolve("machine"));
        Map<String, String> env = sandbox.environment(sandbox.tools, Sandbox.javaBin());
        git(checkout, env, "init", "-q");
        git(checkout, env, "add", "-A");
        git(checkout, env, "commit", "-q", "-m", "checkout");

        // The built jar, newer than every source; lib/ is the real one.
        Path target = Files.createDirectories(checkout.resolve("contract-cli/target"));
        Files.copy(real.resolve("contract-cli/target/samspill.jar"), target.resolve("samspill.jar"));
        Files.setLastModifiedTime(target.resolve("samspill.jar"), FileTime.from(Instant.now().plusSeconds(5)));
        Files.createSymbolicLink(target.resolve("lib"), real.resolve("contract-cli/target/lib"));
        List<String> version = List.of(checkout.resolve("samspill").toString(), "--version");
        Sandbox.run(checkout, env, version).succeeded();

        Files.writeString(example, Files.readString(example) + "# the user's note\n");
        Files.setLastModifiedTime(example, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(Sandbox.run(checkout, env, version).succeeded().out()).startsWith("samspill ");

        git(checkout, env, "commit", "-q", "-a", "-m", "the example changes");
        Sandbox.Run rebuild = Sandbox.run(checkout, env, version);
        assertThat(rebuild.exitCode()).isEqualTo(3);
        assertThat(rebuild.err()).contains("'mvn' is not installed");
    }

    private static void git(Path dir, Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=samspill test",
                "-c", "user.email=test@example.invalid", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Sandbox.run(dir, env, command).succeeded();
    }
}

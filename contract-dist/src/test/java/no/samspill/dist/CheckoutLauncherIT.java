package no.samspill.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The developer's launcher at the root of the checkout, ./samspill, run in a checkout of its
 * own: the launcher, poms, a git repository with an example, and the built jar, newer than all
 * of them (the real checkout's mtimes depend on what its developer last touched). Its PATH has
 * no Maven, so a launcher that wanted to rebuild says so instead of running.
 */
class CheckoutLauncherIT {

    @TempDir
    Path temp;

    Path checkout;
    Path example;
    Map<String, String> env;

    @BeforeEach
    void checkout() throws Exception {
        Path real = Installations.checkout();
        checkout = Files.createDirectories(temp.resolve("checkout"));
        Files.copy(real.resolve("samspill"), checkout.resolve("samspill"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        for (String module : List.of("contract-core", "contract-templates", "contract-cli")) {
            Files.createDirectories(checkout.resolve(module + "/src/main"));
            Files.writeString(checkout.resolve(module + "/pom.xml"), "<project/>\n");
        }
        example = checkout.resolve("contract-templates/examples/ehelse-ssa-l.yaml");
        Files.createDirectories(example.getParent());
        Files.createDirectories(checkout.resolve("contract-templates/golden"));
        Files.copy(real.resolve("contract-templates/examples/ehelse-ssa-l.yaml"), example);
        Sandbox sandbox = new Sandbox(temp.resolve("machine"));
        env = sandbox.environment(sandbox.tools, Sandbox.javaBin());
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "checkout");

        Path target = Files.createDirectories(checkout.resolve("contract-cli/target"));
        Files.copy(real.resolve("contract-cli/target/samspill.jar"), target.resolve("samspill.jar"));
        Files.setLastModifiedTime(target.resolve("samspill.jar"), FileTime.from(Instant.now().plusSeconds(5)));
        Files.createSymbolicLink(target.resolve("lib"), real.resolve("contract-cli/target/lib"));
    }

    @Test
    void aSymlinkOnThePathRunsTheCheckoutFromAnyDirectory() throws Exception {
        // ~/bin/samspill -> ../opt/samspill -> the checkout's samspill: one relative link, one absolute.
        Path opt = Files.createDirectories(temp.resolve("opt"));
        Files.createSymbolicLink(opt.resolve("samspill"), checkout.resolve("samspill"));
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("samspill"), Path.of("../opt/samspill"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Map<String, String> withLink = new java.util.TreeMap<>(env);
        withLink.put("PATH", bin + ":" + env.get("PATH"));

        Sandbox.Run run = Sandbox.run(elsewhere, withLink, List.of("samspill", "--version")).succeeded();
        assertThat(run.out()).startsWith("samspill " + Installations.version());
        assertThat(run.err()).isEmpty();
    }

    /** An edit is the user's and builds nothing; a commit is the project's and rebuilds. */
    @Test
    void anUncommittedEditOfAnExampleBuildsNothingACommittedOneRebuilds() throws Exception {
        List<String> version = List.of(checkout.resolve("samspill").toString(), "--version");
        Sandbox.run(checkout, env, version).succeeded();

        Files.writeString(example, Files.readString(example) + "# the user's note\n");
        Files.setLastModifiedTime(example, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(Sandbox.run(checkout, env, version).succeeded().out()).startsWith("samspill ");

        git("commit", "-q", "-a", "-m", "the example changes");
        Sandbox.Run rebuild = Sandbox.run(checkout, env, version);
        assertThat(rebuild.exitCode()).isEqualTo(3);
        assertThat(rebuild.err()).contains("'mvn' is not installed");
    }

    @Test
    void aChangedSourceRebuilds() throws Exception {
        Path source = Files.writeString(checkout.resolve("contract-core/src/main/Changed.java"), "class Changed {}\n");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));
        Sandbox.Run rebuild = Sandbox.run(checkout, env, List.of(checkout.resolve("samspill").toString(), "--version"));
        assertThat(rebuild.exitCode()).isEqualTo(3);
        assertThat(rebuild.err()).contains("'mvn' is not installed");
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=samspill test",
                "-c", "user.email=test@example.invalid", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Sandbox.run(checkout, env, command).succeeded();
    }
}

package no.samspill.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zip and the tar.gz, installed as a new user would: unpacked outside the checkout, the
 * launcher symlinked from another directory, run from a third, with an environment that has
 * only a Java and a few POSIX programs (no Maven, no checkout).
 */
class DistributionIT {

    @TempDir
    static Path temp;

    static Sandbox sandbox;
    static Path installed;
    static Path links;
    static Path work;

    @BeforeAll
    static void install() throws Exception {
        sandbox = new Sandbox(temp.resolve("machine"));
        Sandbox.untar(Installations.tarGz(), temp.resolve("opt"));
        installed = temp.resolve("opt/samspill-" + Installations.version());
        links = Files.createDirectories(temp.resolve("links"));
        Files.createSymbolicLink(links.resolve("samspill"), installed.resolve("bin/samspill"));
        work = Files.createDirectories(temp.resolve("work"));
    }

    private static Map<String, String> env() {
        return sandbox.environment(links, sandbox.tools, Sandbox.javaBin());
    }

    private static Sandbox.Run samspill(Map<String, String> env, String... args) throws Exception {
        return Sandbox.run(work, env, Stream.concat(Stream.of("samspill"), Stream.of(args)).toList());
    }

    @Test
    void bothArchivesHoldTheSameInstallationWithExecutableLaunchers() throws IOException {
        Map<String, Integer> tar = Installations.tarEntries(Installations.tarGz());
        Map<String, Integer> zip = Installations.zipEntries(Installations.zip());
        assertThat(zip).isEqualTo(tar);

        String top = "samspill-" + Installations.version() + "/";
        assertThat(tar.keySet()).allMatch(name -> name.startsWith(top));
        assertThat(tar).containsEntry(top + "bin/samspill", 0755)
                .containsEntry(top + "bin/samspill.cmd", 0644)
                .containsEntry(top + "LICENSE", 0644)
                .containsKeys(top + "README.md", top + "docs/install.md", top + "docs/samspill.schema.json",
                        top + "docs/images/contract-page.png", top + "examples/ehelse-ssa-l.yaml",
                        top + "lib/contract-cli-" + Installations.version() + ".jar",
                        top + "lib/picocli-4.7.6.jar");
        // Every bundled example, and nothing from the build's own directories.
        try (Stream<Path> examples = Files.list(Installations.checkout().resolve("contract-templates/examples"))) {
            assertThat(examples.map(p -> top + "examples/" + p.getFileName())).allMatch(tar::containsKey);
        }
        assertThat(tar.keySet()).noneMatch(name -> name.contains("/target/") || name.endsWith(".class"));
    }

    @Test
    void theInstalledCommandRunsThroughASymlinkFromAnotherDirectory() throws Exception {
        for (String dir : env().get("PATH").split(":")) {
            assertThat(Path.of(dir, "mvn")).as("no Maven on the PATH").doesNotExist();
        }
        Files.copy(installed.resolve("examples/ehelse-ssa-l.yaml"), work.resolve("my contract.yaml"));

        Sandbox.Run version = samspill(env(), "--version").succeeded();
        assertThat(version.out()).startsWith("samspill " + Installations.version() + "\nJava 17");
        assertThat(version.err()).isEmpty();

        Sandbox.Run valid = samspill(env(), "validate", "my contract.yaml").succeeded();
        assertThat(valid.out()).contains("my contract.yaml: valid");

        // The first run archives the classes it loaded; the second maps them. Neither may say
        // anything about it, and the document must not depend on it.
        Sandbox.Run first = samspill(env(), "generate", "my contract.yaml", "-o", "out dir/first.docx").succeeded();
        Path cache = sandbox.home.resolve(".cache/samspill");
        try (Stream<Path> archives = Files.walk(cache)) {
            assertThat(archives.map(p -> p.getFileName().toString()))
                    .contains("generate.jsa", "validate.jsa", "samspill.jsa")
                    .noneMatch(name -> name.contains(".jsa."));
        }
        Sandbox.Run second = samspill(env(), "generate", "my contract.yaml", "-o", "out dir/second.docx").succeeded();
        for (Sandbox.Run run : List.of(version, valid, first, second)) {
            assertThat(run.out() + run.err()).doesNotContainIgnoringCase("warning]")
                    .doesNotContainIgnoringCase("cds").doesNotContain("VM");
        }
        assertThat(first.out()).contains("Wrote out dir/first.docx");
        byte[] docx = Files.readAllBytes(work.resolve("out dir/first.docx"));
        assertThat(docx).startsWith((byte) 'P', (byte) 'K');
        assertThat(Files.readAllBytes(work.resolve("out dir/second.docx"))).isEqualTo(docx);
    }

    @Test
    void argumentsReachTheCommandExactlyAsGiven() throws Exception {
        String name = "no such 'file' \"with\" $HOME and * or \\ .yaml";
        Sandbox.Run run = samspill(env(), "validate", name);
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(name);
    }

    @Test
    void aRelativePathToTheLauncherWorksWhateverCdpathSays() throws Exception {
        Map<String, String> env = new TreeMap<>(env());
        // A CDPATH entry that "bin/.." resolves against makes cd print the directory.
        env.put("CDPATH", installed.toString());
        Sandbox.Run run = Sandbox.run(installed, env, List.of("bin/samspill", "--version")).succeeded();
        assertThat(run.out()).startsWith("samspill " + Installations.version());
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyCostsTheSpeedUp() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "not a directory");
        Map<String, String> env = new TreeMap<>(env());
        env.put("XDG_CACHE_HOME", file.resolve("cache").toString());
        Sandbox.Run run = samspill(env, "--version").succeeded();
        assertThat(run.out()).startsWith("samspill " + Installations.version());
        assertThat(run.err()).isEmpty();

        env.remove("HOME");
        env.remove("XDG_CACHE_HOME");
        assertThat(samspill(env, "--version").succeeded().err()).isEmpty();
    }

    @Test
    void theEditorsSchemaAndTheCiCheckWorkFromTheInstallation() throws Exception {
        Sandbox.Run schema = samspill(env(), "schema", "-o", "editor.schema.json").succeeded();
        assertThat(schema.err()).isEmpty();
        assertThat(work.resolve("editor.schema.json")).hasSameTextualContentAs(installed.resolve("docs/samspill.schema.json"));

        Sandbox.Run check = samspill(env(), "check").succeeded();
        assertThat(check.out() + check.err()).doesNotContainIgnoringCase("cds");
    }

    @Test
    void withoutJava17ItSaysWhatItNeeds() throws Exception {
        Sandbox.Run none = samspill(sandbox.environment(links, sandbox.tools), "--version");
        assertThat(none.exitCode()).isEqualTo(3);
        assertThat(none.err()).contains("no Java found").contains("Java 17 or newer").contains("docs/install.md");

        Path oldJava = temp.resolve("jdk-11");
        Files.createDirectories(oldJava.resolve("bin"));
        Files.writeString(oldJava.resolve("release"), "JAVA_VERSION=\"11.0.2\"\n");
        Path java = Files.writeString(oldJava.resolve("bin/java"), "#!/bin/sh\necho 'should not run' >&2\nexit 99\n");
        Files.setPosixFilePermissions(java, Installations.permissions(0755));
        Map<String, String> env = new TreeMap<>(sandbox.environment(links, sandbox.tools, Sandbox.javaBin()));
        env.put("JAVA_HOME", oldJava.toString());
        Sandbox.Run old = samspill(env, "--version");
        assertThat(old.exitCode()).isEqualTo(3);
        assertThat(old.err()).contains("Java 11.0.2").contains("needs Java 17 or newer").doesNotContain("should not run");

        env.put("JAVA_HOME", temp.resolve("no-such-jdk").toString());
        Sandbox.Run wrong = samspill(env, "--version");
        assertThat(wrong.exitCode()).isEqualTo(3);
        assertThat(wrong.err()).contains("JAVA_HOME").contains("no-such-jdk");
    }

    @Test
    void theZipInstallsAndRunsAsWell() throws Exception {
        Path opt = Files.createDirectories(temp.resolve("opt-zip"));
        Installations.unzip(Installations.zip(), opt);
        Path zipInstalled = opt.resolve("samspill-" + Installations.version());
        Path zipLinks = Files.createDirectories(temp.resolve("links-zip"));
        Files.createSymbolicLink(zipLinks.resolve("samspill"), zipInstalled.resolve("bin/samspill"));
        Path zipWork = Files.createDirectories(temp.resolve("work zip"));
        Files.copy(zipInstalled.resolve("examples/agile-ssa-s.yaml"), zipWork.resolve("agile.yaml"));

        Map<String, String> env = sandbox.environment(zipLinks, sandbox.tools, Sandbox.javaBin());
        assertThat(Sandbox.run(zipWork, env, List.of("samspill", "--version")).succeeded().out())
                .startsWith("samspill " + Installations.version());
        Sandbox.run(zipWork, env, List.of("samspill", "generate", "agile.yaml")).succeeded();
        assertThat(Files.readAllBytes(zipWork.resolve("agile.docx"))).startsWith((byte) 'P', (byte) 'K');
    }
}

package no.samspill.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux image (profile image, on by default where the JDK has its jmods): samspill with a Java runtime of its own, run with no Java on the
 * PATH and no JAVA_HOME. Skipped, with the reason, when the build did not make it; in CI
 * ({@code CI=true}) a missing image fails, because CI must build it once.
 */
class ImageIT {

    @TempDir
    static Path temp;

    static Path installed;
    static Sandbox sandbox;

    @BeforeAll
    static void install() throws Exception {
        Path image = Installations.image();
        // The profile passes the module list; without it, an image in target/ is an old one.
        if (System.getProperty("samspill.image.modules") == null || !Files.exists(image)) {
            String reason = image.getFileName() + " was not built (mvn verify builds it when the JDK has its jmods folder, unless -DskipImage is given)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(reason + ", and CI=true needs it tested: install the JDK's jmods (Debian: openjdk-17-jmods)");
            }
            System.err.println("SKIPPED ImageIT: " + reason);
            Assumptions.abort(reason);
        }
        sandbox = new Sandbox(temp.resolve("machine"));
        Sandbox.untar(image, temp.resolve("opt"));
        installed = temp.resolve("opt/samspill-" + Installations.version() + "-linux-x64");
    }

    @Test
    void runsWithoutAnInstalledJavaAndWritesWhatAFullJdkWrites() throws Exception {
        Path links = Files.createDirectories(temp.resolve("links"));
        Files.createSymbolicLink(links.resolve("samspill"), installed.resolve("bin/samspill"));
        Path work = Files.createDirectories(temp.resolve("work"));
        Map<String, String> env = sandbox.environment(links, sandbox.tools);
        assertThat(env).doesNotContainKey("JAVA_HOME");
        for (String dir : env.get("PATH").split(":")) {
            assertThat(Path.of(dir, "java")).as("no Java on the PATH").doesNotExist();
        }

        Sandbox.Run version = Sandbox.run(work, env, List.of("samspill", "--version")).succeeded();
        assertThat(version.out()).startsWith("samspill " + Installations.version() + "\nJava 17");
        assertThat(version.err()).isEmpty();

        // Every example, in its own language: bokmål needs the locale data jdeps cannot see.
        List<String> generate = List.of("generate", installed.resolve("examples").toString(), "-d", "image");
        Sandbox.Run image = Sandbox.run(work, env, concat("samspill", generate)).succeeded();
        assertThat(image.out() + image.err()).doesNotContainIgnoringCase("cds").doesNotContain("VM");

        List<String> jdk = new ArrayList<>(List.of(Sandbox.javaBin().resolve("java").toString(), "-cp",
                installed.resolve("lib").toString() + "/*", "no.samspill.cli.Main"));
        jdk.addAll(generate);
        jdk.set(jdk.indexOf("image"), "jdk");
        Sandbox.run(work, env, jdk).succeeded();

        List<Path> documents;
        try (Stream<Path> files = Files.list(work.resolve("jdk"))) {
            documents = files.sorted().toList();
        }
        assertThat(documents).hasSize(4);
        for (Path document : documents) {
            assertThat(work.resolve("image").resolve(document.getFileName()))
                    .as(document.getFileName().toString()).hasSameBinaryContentAs(document);
        }
    }

    @Test
    void theRuntimeHasTheModulesJdepsFindsAndIsExecutable() throws Exception {
        Properties release = new Properties();
        try (var in = Files.newInputStream(installed.resolve("runtime/release"))) {
            release.load(in);
        }
        Set<String> inRuntime = Set.of(release.getProperty("MODULES").replace("\"", "").split(" "));
        Set<String> configured = Set.of(System.getProperty("samspill.image.modules").split(","));
        assertThat(inRuntime).containsAll(configured);

        // jdeps over the jars as modules, as they are built; what it needs must be configured.
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = jdeps.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "--ignore-missing-deps", "--multi-release", "17", "--print-module-deps",
                "--module-path", installed.resolve("lib").toString(), "--add-modules", "ALL-MODULE-PATH");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Set<String> needed = Arrays.stream(out.toString(StandardCharsets.UTF_8).strip().split(","))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(configured).containsAll(needed);

        Map<String, Integer> entries = Installations.tarEntries(Installations.image());
        String top = "samspill-" + Installations.version() + "-linux-x64/";
        assertThat(entries).containsEntry(top + "bin/samspill", 0755)
                .containsEntry(top + "runtime/bin/java", 0755)
                .containsEntry(top + "runtime/lib/jspawnhelper", 0755)
                .containsKey(top + "runtime/lib/server/classes.jsa")
                .containsKey(top + "lib/contract-cli-" + Installations.version() + ".jar");
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}

package no.samspill.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A clean machine for the launchers, as far as a test can make one: an empty environment, a
 * HOME of its own and a PATH of chosen directories, one of which holds only the few programs
 * the launchers use (so that neither Maven nor the build's Java is found by accident).
 */
final class Sandbox {

    /** What bin/samspill and ./samspill call besides java: POSIX utilities, and git for the checkout. */
    private static final List<String> TOOLS = List.of(
            "sh", "bash", "env", "dirname", "readlink", "sed", "cat", "cksum", "tr", "mkdir", "mv",
            "rm", "find", "grep", "git", "touch", "mktemp", "ls");

    final Path root;
    final Path home;
    final Path tools;

    Sandbox(Path root) throws IOException {
        this.root = root;
        this.home = Files.createDirectories(root.resolve("home"));
        this.tools = Files.createDirectories(root.resolve("tools"));
        for (String tool : TOOLS) {
            Path found = which(tool);
            if (found == null) {
                fail(tool + " is not installed; the launchers need it");
            }
            Files.createSymbolicLink(tools.resolve(tool), found);
        }
    }

    /** The JDK this test runs on, whose bin directory stands for the user's Java. */
    static Path javaBin() {
        return Path.of(System.getProperty("java.home"), "bin");
    }

    static Path which(String command) {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** An environment with nothing but HOME and this PATH. */
    Map<String, String> environment(Path... path) {
        Map<String, String> env = new TreeMap<>();
        env.put("HOME", home.toString());
        List<String> dirs = new ArrayList<>();
        for (Path dir : path) {
            dirs.add(dir.toString());
        }
        env.put("PATH", String.join(":", dirs));
        env.put("LANG", "C.UTF-8");
        return env;
    }

    /** The outcome of one command. */
    record Run(int exitCode, String out, String err) {
        Run succeeded() {
            assertThat(exitCode).as("exit code; stdout:%n%s%nstderr:%n%s", out, err).isZero();
            return this;
        }
    }

    /** Runs COMMAND in DIR with exactly ENV; fails the test after TIMEOUT seconds. */
    static Run run(Path dir, Map<String, String> env, long timeoutSeconds, List<String> command)
            throws IOException, InterruptedException {
        // A bare name is looked up in the PATH given, as a shell would; ProcessBuilder itself
        // would look in the PATH of this JVM.
        List<String> commandLine = new ArrayList<>(command);
        if (!command.get(0).contains("/")) {
            commandLine.add(0, "/usr/bin/env");
        }
        ProcessBuilder builder = new ProcessBuilder(commandLine).directory(dir.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Path out = Files.createTempFile("samspill", ".out");
        Path err = Files.createTempFile("samspill", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(command + " did not finish within " + timeoutSeconds + " s");
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static Run run(Path dir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        return run(dir, env, 300, command);
    }

    /** Unpacks a tar.gz with the system's tar, as a user would. */
    static void untar(Path archive, Path into) throws IOException, InterruptedException {
        Files.createDirectories(into);
        run(into, Map.of("PATH", "/usr/bin:/bin"), List.of("tar", "-xzf", archive.toString())).succeeded();
    }
}

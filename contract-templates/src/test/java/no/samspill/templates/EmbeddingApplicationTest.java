package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application that embeds samspill, in a JVM of its own with nothing but samspill and what a
 * dependency on this module brings: its first document must come without a word on standard
 * error. Apache POI logs through the Log4j API, which, in an application without a Log4j
 * provider, would print "ERROR StatusLogger Log4j API could not find a logging provider"; core's
 * fallback provider keeps it quiet, and gives way to a provider of the application's own.
 */
class EmbeddingApplicationTest {

    /** Written by the build (maven-dependency-plugin) before the tests run. */
    private static final Path RUNTIME_CLASS_PATH = Path.of("target", "runtime-classpath.txt");
    private static final Path CLASSES = Path.of("target", "classes");
    private static final Path EXAMPLE = Path.of("examples", "agile-ssa-s.yaml").toAbsolutePath();

    /** The application: it generates one contract and says which Log4j factory POI's logs went to. */
    private static final String APPLICATION = """
            package com.example.procurement;

            import java.nio.file.Path;
            import no.samspill.ContractGenerator;
            import no.samspill.Generation;

            public final class Application {
                public static void main(String[] args) {
                    Generation generation = ContractGenerator.create().generate(Path.of(args[0]));
                    System.out.println(generation.document().length > 0 ? "generated" : "empty");
                    System.out.println(org.apache.logging.log4j.LogManager.getFactory().getClass().getName());
                }
            }
            """;

    /** A logging provider of the application's own, at log4j-core's priority (10). */
    private static final String APPLICATION_PROVIDER = """
            package com.example.logging;

            import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
            import org.apache.logging.log4j.spi.LoggerContextFactory;
            import org.apache.logging.log4j.spi.Provider;

            public final class ApplicationProvider extends Provider {
                public static final class Factory extends SimpleLoggerContextFactory {}

                public ApplicationProvider() {
                    super(10, "2.6.0", Factory.class);
                }

                @Override
                public LoggerContextFactory getLoggerContextFactory() {
                    return new Factory();
                }
            }
            """;

    @TempDir
    static Path dir;

    private static Path application;
    private static Path applicationLogging;
    private static String libraries;

    @BeforeAll
    static void compileTheApplication() throws IOException, InterruptedException {
        List<String> runtime = new ArrayList<>(List.of(CLASSES.toAbsolutePath().toString()));
        runtime.addAll(Arrays.asList(Files.readString(RUNTIME_CLASS_PATH).strip().split(File.pathSeparator)));
        assertThat(runtime).as("the runtime class path").anyMatch(entry -> entry.contains("poi-ooxml"))
                .noneMatch(entry -> entry.contains("slf4j-nop") || entry.contains("junit"));
        libraries = String.join(File.pathSeparator, runtime);
        application = compile("application", "com/example/procurement/Application.java", APPLICATION);
        applicationLogging = compile("application-logging", "com/example/logging/ApplicationProvider.java",
                APPLICATION_PROVIDER);
        Path services = applicationLogging.resolve("META-INF/services/org.apache.logging.log4j.spi.Provider");
        Files.createDirectories(services.getParent());
        Files.writeString(services, "com.example.logging.ApplicationProvider\n");
    }

    @Test
    void on_the_class_path_the_first_document_prints_nothing_on_standard_error() throws Exception {
        Run run = java("-cp", classPath(application), "com.example.procurement.Application", EXAMPLE.toString());

        // Without a provider of the application's, POI's logs go to Log4j's simple logger (errors
        // only, on standard error), as they would without samspill's fallback, less the complaint.
        assertThat(run.out()).isEqualTo("generated\norg.apache.logging.log4j.simple.SimpleLoggerContextFactory\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void on_the_module_path_the_first_document_prints_nothing_on_standard_error() throws Exception {
        Run run = java("--module-path", libraries, "--add-modules", "no.samspill.templates",
                "-cp", application.toString(), "com.example.procurement.Application", EXAMPLE.toString());

        assertThat(run.out()).startsWith("generated");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void a_log4j_provider_of_the_application_takes_poi_logs_instead_of_the_fallback() throws Exception {
        Run run = java("-cp", classPath(application, applicationLogging), "com.example.procurement.Application",
                EXAMPLE.toString());

        assertThat(run.out()).isEqualTo("generated\ncom.example.logging.ApplicationProvider$Factory\n");
        assertThat(run.err()).isEmpty();
    }

    private static String classPath(Path... applicationDirs) {
        return String.join(File.pathSeparator, Stream.concat(Stream.of(applicationDirs).map(Path::toString),
                Stream.of(libraries)).toList());
    }

    private static Path compile(String name, String file, String source) throws IOException, InterruptedException {
        Path sources = Files.createDirectories(dir.resolve(name + "-src"));
        Path sourceFile = sources.resolve(file);
        Files.createDirectories(sourceFile.getParent());
        Files.writeString(sourceFile, source);
        Path classes = Files.createDirectories(dir.resolve(name));
        Run run = run(List.of(tool("javac"), "-d", classes.toString(), "-cp", libraries, sourceFile.toString()));
        assertThat(run.exitCode()).as("javac %s: %s", file, run.err()).isZero();
        return classes;
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tool("java")));
        command.addAll(List.of(args));
        Run run = run(command);
        assertThat(run.exitCode()).as("the application failed: %s", run.err()).isZero();
        return run;
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 120 seconds");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String out, String err) {}
}

package no.samspill.acceptance;

import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Opens;
import java.lang.module.ModuleDescriptor.Provides;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.samspill.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three modules as the build made them, put on a module path with the command's runtime
 * libraries: what they export and open, that they resolve together into one class loader (no
 * package split between two jars), and that the command line runs from the module path.
 *
 * <p>The other tests of this module run on the class path, where module descriptors are ignored;
 * these are the checks that the descriptors hold what the architecture promises: embedding code
 * sees the API packages and none of the internals.
 */
class ModuleDescriptorsTest {

    /** Written by the build (maven-dependency-plugin) before the tests run. */
    private static final Path RUNTIME_CLASS_PATH = Path.of("target", "runtime-classpath.txt");

    private static final List<Path> MODULE_PATH = modulePath();
    private static final ModuleFinder FINDER = ModuleFinder.of(MODULE_PATH.toArray(Path[]::new));

    @TempDir
    Path dir;

    @Test
    void coreExportsTheApiPackagesToEveryoneAndNoInternalPackage() {
        ModuleDescriptor core = descriptor("no.samspill.core");

        assertThat(core.isOpen()).isFalse();
        assertThat(core.exports()).filteredOn(e -> !e.isQualified()).extracting(Exports::source)
                .containsExactlyInAnyOrder("no.samspill", "no.samspill.model", "no.samspill.catalogue",
                        "no.samspill.doc", "no.samspill.render");
        assertThat(core.opens()).allMatch(Opens::isQualified);
        assertThat(core.packages()).contains("no.samspill.internal.read", "no.samspill.internal.validate",
                "no.samspill.internal.docx");
    }

    @Test
    void coreHandsItsInternalsOnlyToTheTemplatesAndTheCommandLineByName() {
        ModuleDescriptor core = descriptor("no.samspill.core");

        Map<String, Set<String>> qualified = core.exports().stream().filter(Exports::isQualified)
                .collect(toMap(Exports::source, Exports::targets));
        assertThat(qualified).containsOnly(
                entry("no.samspill.internal.doc", Set.of("no.samspill.templates")),
                entry("no.samspill.internal.markdown", Set.of("no.samspill.templates")),
                entry("no.samspill.internal.read", Set.of("no.samspill.templates")),
                entry("no.samspill.internal.validate", Set.of("no.samspill.templates")),
                entry("no.samspill.internal.io", Set.of("no.samspill.cli")));
        assertThat(core.opens()).extracting(Opens::source).noneMatch(p -> p.startsWith("no.samspill.internal"));
        assertThat(core.uses()).containsExactly("no.samspill.TemplatePack");
    }

    @Test
    void theTemplatesExportOnlyThePackAndProvideItToCore() {
        ModuleDescriptor templates = descriptor("no.samspill.templates");

        assertThat(templates.exports()).filteredOn(e -> !e.isQualified()).extracting(Exports::source)
                .containsExactly("no.samspill.templates");
        assertThat(templates.exports()).filteredOn(Exports::isQualified).extracting(Exports::source, Exports::targets)
                .containsExactly(tuple("no.samspill.internal.templates", Set.of("freemarker")));
        assertThat(templates.opens()).allMatch(Opens::isQualified);
        assertThat(templates.provides()).extracting(Provides::service, Provides::providers)
                .containsExactly(tuple("no.samspill.TemplatePack",
                        List.of("no.samspill.templates.BuiltInTemplatePack")));
    }

    @Test
    void theCommandLineExportsNothing() {
        ModuleDescriptor cli = descriptor("no.samspill.cli");

        assertThat(cli.exports()).isEmpty();
        assertThat(cli.opens()).extracting(Opens::targets).containsOnly(Set.of("info.picocli"));
    }

    @Test
    void anApplicationThatRequiresOnlyCoreGetsTheBuiltInPackBoundAsAService() {
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolveAndBind(FINDER, ModuleFinder.of(), Set.of("no.samspill.core"));

        assertThat(configuration.findModule("no.samspill.templates")).isPresent();
    }

    @Test
    void theModulesAndTheirLibrariesShareOneClassLoaderAndHideTheInternalsFromEmbeddingCode() throws Exception {
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolveAndBind(FINDER, ModuleFinder.of(), Set.of("no.samspill.cli"));
        // One loader for every module, as on `java --module-path`: a package in two jars fails here.
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
                ClassLoader.getPlatformClassLoader());
        Module core = layer.findModule("no.samspill.core").orElseThrow();
        Module templates = layer.findModule("no.samspill.templates").orElseThrow();
        Module embedder = getClass().getModule();

        assertThat(configuration.findModule("no.samspill.templates").orElseThrow().reads())
                .extracting(m -> m.name()).contains("no.samspill.core");
        assertThat(core.isExported("no.samspill.internal.markdown", templates)).isTrue();
        assertThat(core.isExported("no.samspill.internal.markdown", embedder)).isFalse();
        assertThat(core.isExported("no.samspill", embedder)).isTrue();

        ClassLoader loader = layer.findLoader("no.samspill.core");
        Object generator = loader.loadClass("no.samspill.ContractGenerator").getMethod("builder").invoke(null);
        assertThat(generator).isNotNull();
        assertThatThrownBy(() -> loader.loadClass("no.samspill.internal.read.ContractReader")
                .getMethod("create").invoke(null))
                .isInstanceOf(IllegalAccessException.class)
                .hasMessageContaining("does not export no.samspill.internal.read");
    }

    @Test
    void theCommandLineRunsFromTheModulePath() throws IOException, InterruptedException {
        // A description without warnings, so that standard error holds only what went wrong.
        Path description = dir.resolve("no-warnings.yaml");
        try (var in = ModuleDescriptorsTest.class.getResourceAsStream("/no/samspill/fixtures/no-warnings.yaml")) {
            Files.write(description, in.readAllBytes());
        }
        Path starter = dir.resolve("starter.yaml");

        // Jackson, Hibernate Validator, Freemarker, POI and picocli all reach into the modules by
        // reflection: a missing `opens` shows up only when the command actually runs.
        assertThat(runOnModulePath("generate", description.toString(), "-o", dir.resolve("out.docx").toString()))
                .isEmpty();
        assertThat(runOnModulePath("init", "--base", "SSA-D", "--lang", "en", starter.toString())).isEmpty();
        // The starter may have warnings; nothing else may be on standard error.
        assertThat(runOnModulePath("validate", starter.toString()).lines())
                .allMatch(line -> line.contains(": warning: ") || line.endsWith("; the description is valid."));
        // The reports are written by Jackson from java-sarif's classes and the mix-ins of the command.
        assertThat(runOnModulePath("validate", "--format", "sarif", "-o", dir.resolve("out.sarif").toString(),
                description.toString())).isEmpty();
        assertThat(runOnModulePath("validate", "--format", "json", "-o", dir.resolve("out.json").toString(),
                description.toString())).isEmpty();

        assertThat(dir.resolve("out.docx")).isNotEmptyFile();
        assertThat(dir.resolve("samspill.schema.json")).content().contains("\"$schema\"");
        assertThat(dir.resolve("out.sarif")).content().contains("\"version\" : \"2.1.0\"")
                .contains("\"level\" : \"warning\"");
        assertThat(dir.resolve("out.json")).content().contains("\"outcome\" : \"valid\"");
    }

    @Test
    void aPacksOwnChecksRunFromTheModulePath() throws IOException, InterruptedException {
        // The JSON Schema validator reads its drafts' meta-schemas from its own jar, which a module
        // may hide; and it logs through SLF4J, which the command binds to nothing.
        HealthTrustPack trust = HealthTrustPack.copyTo(dir);

        assertThat(runOnModulePath("validate", "--templates", trust.pack().toString(), trust.example().toString()))
                .isEmpty();
        assertThat(runOnModulePath(1, "validate", "--templates", trust.pack().toString(),
                trust.description().toString()))
                .contains("governance.earlyWarning.meetingWithinDays: the trust's contracts have the parties meet"
                        + " within 7 days of an early warning")
                .contains("[early-warning-within-a-week]")
                .doesNotContain("SLF4J");
    }

    /** Runs the command in a JVM of its own with only a module path; returns its standard error. */
    private String runOnModulePath(String... args) throws IOException, InterruptedException {
        return runOnModulePath(0, args);
    }

    /** As {@link #runOnModulePath(String...)}, for a run that is to end with {@code exitCode}. */
    private String runOnModulePath(int exitCode, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", String.join(File.pathSeparator, MODULE_PATH.stream().map(Path::toString).toList()),
                "--module", "no.samspill.cli/no.samspill.cli.Main"));
        command.addAll(Arrays.asList(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("samspill " + String.join(" ", args) + " did not finish in 120 seconds");
        }
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code of samspill %s; it printed:%n%s%s",
                String.join(" ", args), Files.readString(out, StandardCharsets.UTF_8), errors).isEqualTo(exitCode);
        return errors;
    }

    private static ModuleDescriptor descriptor(String name) {
        return FINDER.find(name)
                .orElseThrow(() -> new AssertionError("no module " + name + " on " + MODULE_PATH))
                .descriptor();
    }

    /** This module's compiled classes, then core, the templates and every library the command needs. */
    private static List<Path> modulePath() {
        try {
            Path cli = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String runtime = Files.readString(RUNTIME_CLASS_PATH, StandardCharsets.UTF_8).strip();
            return Stream.concat(Stream.of(cli), Arrays.stream(runtime.split(File.pathSeparator)).map(Path::of))
                    .toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot assemble the module path; the build writes "
                    + RUNTIME_CLASS_PATH.toAbsolutePath() + " before the tests", e);
        }
    }
}

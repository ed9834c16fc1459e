package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the CI recipes of docs/ci.md as far as a machine without GitHub's or GitLab's runners
 * allows, so that a user who copies one gets a job that works.
 *
 * <p>A GitHub workflow is read by GitHub's own workflow parser and run step by step by
 * {@code src/test/ci-recipes/run-workflow.mjs} (bash for {@code run}, GitHub's expression library
 * for {@code if} and {@code ${{ }}}, stand-ins for the actions, which check what the real action
 * checks). The GitLab job is validated against GitLab's schema and run by gitlab-ci-local with
 * its shell executor. Both build samspill from this checkout's commit, as the recipes build it
 * from the organisation's copy.
 */
class CiRecipesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path TOOLS = Path.of("target/ci-recipes").toAbsolutePath();
    private static final Pattern RECIPE_FILE =
            Pattern.compile("`(\\.github/workflows/[\\w-]+\\.yml|\\.gitlab-ci\\.yml)`");

    /** A recipe of docs/ci.md: the file it is meant for, its text and the line its block starts on. */
    record Recipe(String file, String text, int line) {
        boolean isGitHub() {
            return file.startsWith(".github/");
        }
    }

    @TempDir
    Path dir;

    @BeforeAll
    static void installTools() throws Exception {
        requireTool("node", "nodejs");
        requireTool("npm", "npm");
        requireTool("git", "git");
        Path source = Path.of("src/test/ci-recipes");
        Files.createDirectories(TOOLS);
        boolean changed = false;
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Path target = TOOLS.resolve(file.getFileName());
                if (!Files.exists(target) || Files.mismatch(file, target) != -1) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    changed = true;
                }
            }
        }
        if (changed || !Files.isDirectory(TOOLS.resolve("node_modules"))) {
            Run install = run(TOOLS, Map.of(), 600, "npm", "ci", "--no-audit", "--no-fund");
            assertThat(install.exitCode()).as("npm ci in %s:%n%s", TOOLS, install.output()).isZero();
        }
    }

    @Test
    void theGuideHasTheRecipesThisTestRuns() throws IOException {
        List<Recipe> recipes = recipes();

        assertThat(recipes).filteredOn(Recipe::isGitHub).hasSize(3);
        assertThat(recipes).filteredOn(recipe -> !recipe.isGitHub()).hasSize(1);
    }

    @Test
    void everyGitHubWorkflowParsesAndItsJobSucceeds() throws Exception {
        String commit = checkoutCommit();
        Path templates = exportedPack(dir.resolve("templates-repository"));
        Path descriptions = descriptionsRepository(dir.resolve("descriptions-repository"));
        for (Recipe recipe : recipes()) {
            if (!recipe.isGitHub()) {
                continue;
            }
            boolean ofTemplates = recipe.text().contains("check --templates templates");
            Path workspace = Files.createDirectories(dir.resolve("runner-" + recipe.line()).resolve("work"));
            Map<String, Object> setup = new LinkedHashMap<>();
            setup.put("workspace", workspace.toString());
            setup.put("vars", Map.of("SAMSPILL_REPO", ROOT.toString(), "SAMSPILL_REF", commit,
                    "TEMPLATES_REPOSITORY", "owner/firmaklausuler", "TEMPLATES_REF", "main"));
            setup.put("secrets", Map.of("TEMPLATES_TOKEN", "a-token-with-contents-read"));
            setup.put("repositories", Map.of(
                    "", (ofTemplates ? templates : descriptions).toString(),
                    "owner/firmaklausuler", templates.toString()));
            setup.put("private", List.of("owner/firmaklausuler"));

            Run run = runWorkflow(recipe, setup);

            assertThat(run.exitCode()).as("%s (docs/ci.md:%d):%n%s", recipe.file(), recipe.line(), run.output())
                    .isZero();
            assertThat(run.output()).doesNotContain("FAILED").contains("passed: Build samspill");
            if (recipe.text().contains("--format sarif")) {
                assertThat(workspace.resolve("samspill.sarif")).isNotEmptyFile();
            }
            if (ofTemplates) {
                assertThat(workspace.resolve("reports/samspill-check.xml")).isNotEmptyFile();
            }
        }
    }

    /** The fault the guide had: the Maven cache asked for before any pom.xml is in the workspace. */
    @Test
    void theStandInRunnerStopsAJobWhoseMavenCacheHasNoPomToKeyOn() throws Exception {
        Recipe check = recipes().get(0);
        String text = check.text();
        int jdkStart = text.indexOf("      - name: Install a JDK 17\n");
        int jdkEnd = text.indexOf("\n\n", jdkStart) + 2;
        String jdkStep = text.substring(jdkStart, jdkEnd);
        String withoutJdk = text.substring(0, jdkStart) + text.substring(jdkEnd);
        int fetch = withoutJdk.indexOf("      - name: Fetch samspill's source\n");
        assertThat(jdkStart).isPositive();
        assertThat(fetch).isPositive();
        // The order the guide once had: the JDK and its Maven cache before samspill's source.
        String broken = withoutJdk.substring(0, fetch) + jdkStep + withoutJdk.substring(fetch);
        Path workspace = Files.createDirectories(dir.resolve("broken").resolve("work"));
        Map<String, Object> setup = Map.of("workspace", workspace.toString(),
                "vars", Map.of("SAMSPILL_REPO", dir.resolve("nowhere").toString(), "SAMSPILL_REF", "HEAD"),
                "repositories", Map.of("", exportedPack(dir.resolve("templates")).toString()));

        Run run = runWorkflow(new Recipe(check.file(), broken, check.line()), setup);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output())
                .contains("FAILED: Install a JDK 17 (no file matched samspill/**/pom.xml for the Maven cache key)")
                .contains("skipped: Fetch samspill's source").contains("skipped: Build samspill");
    }

    @Test
    void aWorkflowGitHubWouldRejectIsRejected() throws Exception {
        Recipe check = recipes().get(0);
        String misspelt = check.text().replace("runs-on:", "runs_on:");
        Path workspace = Files.createDirectories(dir.resolve("misspelt").resolve("work"));

        Run run = runWorkflow(new Recipe(check.file(), misspelt, check.line()),
                Map.of("workspace", workspace.toString(), "repositories", Map.of()));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("Unexpected value 'runs_on'");
    }

    @Test
    void theGitLabJobValidatesAndPasses() throws Exception {
        requireTool("rsync", "rsync");
        String commit = checkoutCommit();
        Recipe recipe = recipes().stream().filter(r -> !r.isGitHub()).findFirst().orElseThrow();
        Path project = exportedPack(dir.resolve("project"));
        Files.writeString(project.resolve(".gitlab-ci.yml"), recipe.text());
        git(project, "init", "-q", "-b", "main");
        git(project, "add", ".");
        git(project, "-c", "user.name=CI recipe", "-c", "user.email=ci@example.invalid", "commit", "-q", "-m", "pack");
        // gitlab-ci-local reads the project's path and default branch from its remote.
        git(project, "remote", "add", "origin", "https://gitlab.example.invalid/group/firmaklausuler.git");
        git(project, "update-ref", "refs/remotes/origin/main", "HEAD");
        git(project, "remote", "set-head", "origin", "main");
        Path localRepository = Path.of(System.getProperty("user.home"), ".m2", "repository");

        // The job's own Maven cache would start empty here; the machine's local repository stands
        // in for the cache a second pipeline would restore.
        Run run = run(project, Map.of(), 1200, "node", TOOLS.resolve("node_modules/gitlab-ci-local/dist/index.js").toString(),
                "--force-shell-executor", "--json-schema-validation", "--no-color",
                "--home", dir.resolve("gitlab-ci-local-home").toString(),
                "--variable", "SAMSPILL_REPO=" + ROOT,
                "--variable", "SAMSPILL_REF=" + commit,
                "--variable", "SAMSPILL_HOME=" + dir.resolve("samspill"),
                "--variable", "MAVEN_OPTS=-Dmaven.repo.local=" + localRepository);

        assertThat(run.exitCode()).as("%s (docs/ci.md:%d):%n%s", recipe.file(), recipe.line(), run.output()).isZero();
        assertThat(run.output()).contains("json schema validated").contains("PASS  samspill-check");
        assertThat(project.resolve(".gitlab-ci-local/artifacts/samspill-check/reports/samspill-check.xml"))
                .isNotEmptyFile();
    }

    static List<Recipe> recipes() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("docs/ci.md"));
        List<Recipe> recipes = new ArrayList<>();
        String file = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals("```yaml")) {
                int start = i + 1;
                StringBuilder text = new StringBuilder();
                while (!lines.get(++i).equals("```")) {
                    text.append(lines.get(i)).append('\n');
                }
                if (file != null) {
                    recipes.add(new Recipe(file, text.toString(), start));
                }
                file = null;
            } else if (line.startsWith("```")) {
                while (!lines.get(++i).equals("```")) {
                    // a block of another language: never a recipe
                }
                file = null;
            } else {
                Matcher named = RECIPE_FILE.matcher(line);
                if (named.find()) {
                    file = named.group(1);
                }
            }
        }
        return recipes;
    }

    private Run runWorkflow(Recipe recipe, Map<String, Object> setup) throws Exception {
        Path workflow = Files.createTempFile(dir, "workflow", ".yml");
        Files.writeString(workflow, recipe.text());
        Path setupFile = Files.createTempFile(dir, "setup", ".json");
        new ObjectMapper().writeValue(setupFile.toFile(), setup);
        return run(TOOLS, Map.of(), 1200, "node", "--import", "./register.mjs", "run-workflow.mjs",
                workflow.toString(), setupFile.toString());
    }

    /** The templates repository of the guide: the built-in pack, as `samspill templates export` writes it. */
    private static Path exportedPack(Path target) {
        CliRun export = CliRun.of("templates", "export", target.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        return target;
    }

    /** A repository of descriptions: the bundled examples under contracts/. */
    private static Path descriptionsRepository(Path target) throws IOException {
        Path contracts = Files.createDirectories(target.resolve("contracts"));
        try (Stream<Path> examples = Files.list(ROOT.resolve("contract-templates/examples"))) {
            for (Path example : examples.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(example, contracts.resolve(example.getFileName()));
            }
        }
        return target;
    }

    /** The commit the recipes build: this checkout's, which the recipes clone as they would clone the organisation's copy. */
    private static String checkoutCommit() throws Exception {
        Run head = run(ROOT, Map.of(), 60, "git", "rev-parse", "HEAD");
        if (head.exitCode() != 0) {
            skipOrFail("the source is not a git checkout, which the recipes clone: " + head.output().strip());
        }
        return head.output().strip();
    }

    private static void git(Path repository, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Run run = run(repository, Map.of(), 60, command.toArray(String[]::new));
        assertThat(run.exitCode()).as("%s: %s", command, run.output()).isZero();
    }

    private record Run(int exitCode, String output) {}

    private static Run run(Path directory, Map<String, String> env, long timeoutSeconds, String... command)
            throws Exception {
        Path log = Files.createTempFile("ci-recipe", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static void requireTool(String command, String debianPackage) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String directory : path.split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(directory, command))) {
                    return;
                }
            }
        }
        skipOrFail(command + " is not installed (Debian package " + debianPackage + ")");
    }

    private static void skipOrFail(String reason) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(reason + ", and CI=true forbids skipping this test; .ci/run installs what it needs");
        }
        System.err.println("SKIPPED CI recipes test: " + reason);
        Assumptions.abort(reason);
    }
}

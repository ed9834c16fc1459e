package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.samspill.templates.FreemarkerTemplatePack;
import no.samspill.templates.PackClause;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion script, run in bash as bash runs it when the user presses Tab: COMP_WORDS and
 * COMP_CWORD set, the completion function called, COMPREPLY read. The expected values come from
 * the built-in catalogue and pack, so a new SSA or clause is expected without a change here.
 */
class CompletionCommandTest {

    @TempDir
    Path dir;

    private Path script;

    @BeforeEach
    void writeScript() throws IOException {
        CliRun run = CliRun.of("completion");
        assertThat(run.exitCode()).as(run.err()).isZero();
        script = Files.writeString(dir.resolve("samspill.bash"), run.out());
    }

    @Test
    void initBaseIsCompletedWithTheCodesOfTheCatalogue() throws Exception {
        List<String> codes = FreemarkerTemplatePack.builtIn().catalogue().codes();

        assertThat(complete("samspill", "init", "--base", "")).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(complete("samspill", "init", "--base", "SSA-L")).containsExactly("SSA-L");
    }

    @Test
    void templatesShowIsCompletedWithTheClauseIdsOfThePack() throws Exception {
        List<String> ids = FreemarkerTemplatePack.builtIn().clauses().stream().map(PackClause::id).toList();

        assertThat(complete("samspill", "templates", "show", "")).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(complete("samspill", "templates", "show", "health")).containsExactly("health-check");
    }

    @Test
    void commandsAndOptionsAreCompletedToo() throws Exception {
        assertThat(complete("samspill", "gen")).containsExactly("generate");
        assertThat(complete("samspill", "generate", "--qu")).containsExactly("--quiet");
        assertThat(complete("samspill", "validate", "--format", "")).containsExactlyInAnyOrder("text", "json", "sarif");
    }

    /** What bash offers for the last of {@code words}, the word being completed. */
    private List<String> complete(String... words) throws IOException, InterruptedException {
        requireBash();
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word).append('\'');
        }
        String line = String.join(" ", words);
        String program = "source '" + script + "'\n"
                + "COMP_WORDS=(" + array + " )\n"
                + "COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE='" + line + "'\n"
                + "COMP_POINT=${#COMP_LINE}\n"
                + "_complete_samspill samspill '" + words[words.length - 1] + "' '" + words[words.length - 2] + "'\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "-c", program).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.lines().filter(l -> !l.isEmpty()).map(String::strip).toList();
    }

    private static void requireBash() {
        for (String path : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(path, "bash"))) {
                return;
            }
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("bash is not installed, and CI=true forbids skipping this test");
        }
        System.err.println("SKIPPED completion test: bash is not installed");
        Assumptions.abort("bash is not installed");
    }
}

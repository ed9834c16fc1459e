package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the embedding example of README.md and docs/embedding.md compiling, working and true. */
class ReadmeExampleTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theEmbeddingExampleGeneratesTheDocumentInItsWorkingDirectory() throws Exception {
        Files.writeString(dir.resolve("avtale.yaml"), Examples.text(Examples.EHELSE));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                        ReadmeExample.class.getName())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(Files.readAllBytes(dir.resolve("avtale.docx"))).startsWith('P', 'K');
    }

    @Test
    void theReadmeAndTheEmbeddingGuideShowExactlyTheTestedCode() throws IOException {
        List<String> tested = testedLines();

        assertThat(javaBlockContaining(ROOT.resolve("README.md"), "ContractGenerator.create()")).isEqualTo(tested);
        assertThat(javaBlockContaining(ROOT.resolve("docs/embedding.md"), "ContractGenerator.create()")).isEqualTo(tested);
    }

    private static List<String> testedLines() throws IOException {
        List<String> source = Files.readAllLines(Path.of("src/test/java/no/samspill/cli/ReadmeExample.java"));
        int begin = source.indexOf("        // README:begin");
        int end = source.indexOf("        // README:end");
        return source.subList(begin + 1, end).stream().map(line -> line.substring(8)).toList();
    }

    /** The code lines of the first java block that contains {@code needle}, without imports. */
    private static List<String> javaBlockContaining(Path markdown, String needle) throws IOException {
        List<String> block = null;
        for (String line : Files.readAllLines(markdown)) {
            if (line.equals("```java")) {
                block = new ArrayList<>();
            } else if (line.equals("```") && block != null) {
                if (String.join("\n", block).contains(needle)) {
                    return block.stream().filter(l -> !l.startsWith("import ") && !l.isEmpty()).toList();
                }
                block = null;
            } else if (block != null) {
                block.add(line);
            }
        }
        throw new AssertionError("no java block with " + needle + " in " + markdown);
    }
}

package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The output samples of README.md and docs/getting-started.md are what a real run prints. Each
 * sample is marked, invisibly, with the run that prints it:
 * {@code <!-- sample two-problems.yaml: samspill validate avtale.yaml -->}. The test copies the
 * description of that name (from src/test/resources/no/samspill/cli/samples) to avtale.yaml in an
 * empty directory, runs samspill there as a process (standard output and error as one terminal
 * shows them), and compares:
 * <ul>
 *   <li>a marker before a fenced block: the block is the whole output, line for line;
 *   <li>a marker before a paragraph: every output line the paragraph quotes in backticks is a
 *       line of the output.
 * </ul>
 * And no sample goes unmarked: a fenced block or a quoted line that looks like samspill's output
 * ({@code FILE:LINE:COLUMN: } or {@code FILE: valid}) without a marker fails the test.
 */
class SampleOutputsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MARKER = Pattern.compile("<!-- sample (\\S+): samspill (.+?) -->");
    private static final Pattern OUTPUT_LINE = Pattern.compile("^\\S+\\.ya?ml(:\\d+:\\d+: |: valid).*");
    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/getting-started.md"})
    void everySampleOutputIsWhatARealRunPrints(String doc) throws Exception {
        List<String> lines = Files.readAllLines(ROOT.resolve(doc));
        Map<String, List<String>> outputs = new LinkedHashMap<>();
        List<String> faults = new ArrayList<>();
        List<String> quotedByMarkers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i));
            if (!marker.find()) {
                continue;
            }
            String run = marker.group(1) + ": samspill " + marker.group(2);
            List<String> printed = outputs.computeIfAbsent(run, r -> run(marker.group(1), marker.group(2)));
            int next = i + 1;
            if (next < lines.size() && lines.get(next).equals("```")) {
                List<String> block = block(lines, next);
                if (!block.equals(printed)) {
                    faults.add(doc + ":" + (next + 1) + ": the sample of " + run + " is\n" + String.join("\n", block)
                            + "\nbut the run prints\n" + String.join("\n", printed));
                }
            } else {
                for (String quoted : quotedOutput(paragraph(lines, next))) {
                    quotedByMarkers.add(quoted);
                    if (!printed.contains(quoted)) {
                        faults.add(doc + ":" + (next + 1) + ": `" + quoted + "` is not a line " + run + " prints:\n"
                                + String.join("\n", printed));
                    }
                }
            }
        }
        faults.addAll(unmarked(doc, lines, quotedByMarkers));
        assertThat(faults).isEmpty();
    }

    /** Output-looking blocks and quoted lines that no marker vouches for. */
    private static List<String> unmarked(String doc, List<String> lines, List<String> quotedByMarkers) {
        List<String> unmarked = new ArrayList<>();
        boolean inBlock = false;
        StringBuilder paragraph = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            boolean fence = line.startsWith("```");
            if (!inBlock && (fence || line.isBlank())) {
                for (String quoted : quotedOutput(paragraph.toString())) {
                    if (!quotedByMarkers.contains(quoted)) {
                        unmarked.add(doc + ":" + (start + 1) + ": `" + quoted + "` is quoted as output, with no marker");
                    }
                }
                paragraph.setLength(0);
                start = i + 1;
            } else if (!inBlock) {
                paragraph.append(line).append(' ');
            }
            if (fence) {
                if (!inBlock && line.equals("```") && i + 1 < lines.size() && OUTPUT_LINE.matcher(lines.get(i + 1)).matches()
                        && (i == 0 || !MARKER.matcher(lines.get(i - 1)).find())) {
                    unmarked.add(doc + ":" + (i + 1) + ": a sample output without a <!-- sample ... --> marker");
                }
                inBlock = !inBlock;
                start = i + 1;
            }
        }
        return unmarked;
    }

    private static List<String> block(List<String> lines, int fence) {
        List<String> block = new ArrayList<>();
        for (int i = fence + 1; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
            block.add(lines.get(i));
        }
        return block;
    }

    private static String paragraph(List<String> lines, int from) {
        StringBuilder paragraph = new StringBuilder();
        for (int i = from; i < lines.size() && !lines.get(i).isBlank(); i++) {
            paragraph.append(lines.get(i)).append(' ');
        }
        return paragraph.toString();
    }

    /** The quoted spans of {@code text} that look like samspill's output, a quote broken over lines joined. */
    private static List<String> quotedOutput(String text) {
        List<String> quoted = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(text);
        while (matcher.find()) {
            String span = matcher.group(1).strip().replaceAll("\\s+", " ");
            if (OUTPUT_LINE.matcher(span).matches()) {
                quoted.add(span);
            }
        }
        return quoted;
    }

    /** What {@code samspill ARGS} prints in a directory holding the sample as avtale.yaml. */
    private List<String> run(String sample, String args) {
        try {
            Path work = Files.createTempDirectory(dir, "run");
            try (InputStream in = getClass().getResourceAsStream("/no/samspill/cli/samples/" + sample)) {
                assertThat(in).as("the sample description " + sample).isNotNull();
                Files.write(work.resolve("avtale.yaml"), in.readAllBytes());
            }
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            command.addAll(List.of(args.split(" ")));
            Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            return output.lines().toList();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("samspill " + args + " could not be run", e);
        }
    }
}

package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import no.samspill.acceptance.DescriptionMutator;
import no.samspill.acceptance.HostileDescriptions;
import no.samspill.render.OoxmlSchemas;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of the examples through the command line: {@code generate} ends with 0 and a
 * valid document or with 1 and one positioned line per problem, never with a stack trace, exit 3
 * or a file left behind.
 */
class FuzzCliTest {

    private static final long SEED = Long.getLong("samspill.fuzz.seed", 20_261_203L) + 1;
    private static final int CASES = Integer.getInteger("samspill.fuzz.cliCases", 30);
    private static final List<String> EXAMPLES = no.samspill.templates.PackCheck.BUNDLED_EXAMPLES
            .stream().map(name -> HostileDescriptions.example(name + ".yaml")).toList();

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> mutatedExamplesEndInADocumentOrInPositionedProblems() {
        return IntStream.range(0, CASES).mapToObj(index -> {
            DescriptionMutator.Mutation mutation = DescriptionMutator.mutate(
                    EXAMPLES.get(index % EXAMPLES.size()), new Random(SEED * 31 + index));
            return DynamicTest.dynamicTest("#" + index + " " + mutation.name(), () -> check(index, mutation));
        });
    }

    /** UTF-8, except that half a surrogate pair is written as its three bytes, which no UTF-8 reader accepts. */
    private static byte[] bytes(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.writeBytes(text.substring(i, i + 2).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                i++;
            } else if (Character.isSurrogate(c)) {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            } else {
                out.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private void check(int index, DescriptionMutator.Mutation mutation) throws Exception {
        Path case_ = Files.createDirectories(dir.resolve("case-" + index));
        Path file = Files.write(case_.resolve("fuzz.yaml"), bytes(mutation.yaml()));
        Path docx = case_.resolve("fuzz.docx");

        CliRun run = CliRun.of("generate", file.toString());

        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        assertThat(run.err()).doesNotContain("Exception", "\tat ").doesNotContainPattern("[\\p{Cc}&&[^\\n\\r]]");
        if (run.exitCode() == 0) {
            OoxmlSchemas.assertValid(Files.readAllBytes(docx));
        } else {
            List<String> lines = run.err().lines().toList();
            assertThat(lines.get(lines.size() - 1)).endsWith("no document was written.");
            assertThat(lines.subList(0, lines.size() - 1)).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).startsWith(file + ":").matches(".*?\\.yaml:[1-9]\\d*:[1-9]\\d*: .*"));
            assertThat(docx).doesNotExist();
        }
        try (Stream<Path> left = Files.list(case_)) {
            assertThat(left).allSatisfy(path -> assertThat(path.getFileName().toString()).isIn("fuzz.yaml", "fuzz.docx"));
        }
    }
}

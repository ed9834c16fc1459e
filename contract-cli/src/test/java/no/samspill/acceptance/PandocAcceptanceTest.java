package no.samspill.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.samspill.ContractGenerator;
import no.samspill.Generation;
import no.samspill.doc.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Reads every example's DOCX with pandoc and checks the heading structure and the tables. */
class PandocAcceptanceTest {

    private static final ContractGenerator GENERATOR = ContractGenerator.create();

    @TempDir
    Path dir;

    @ParameterizedTest
    @FieldSource("no.samspill.acceptance.Examples#ALL")
    void pandocSeesEverySectionAsAHeadingInOrderAndEveryTable(String example) throws Exception {
        ExternalTool.PANDOC.require();
        Examples.Written written = Examples.generate(GENERATOR, example, dir);
        Generation generation = written.generation();
        Path docx = written.docx();

        JsonNode ast = new ObjectMapper().readTree(ExternalTool.PANDOC.run(dir, 120, "-f", "docx", "-t", "json", docx.toString()));

        List<String> headings = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        int tables = 0;
        for (JsonNode block : ast.get("blocks")) {
            String type = block.get("t").asText();
            if (type.equals("Header")) {
                levels.add(block.get("c").get(0).asInt());
                headings.add(Trees.normalize(stringify(block.get("c").get(2))));
            } else if (type.equals("Table")) {
                tables++;
            }
        }
        Document document = GENERATOR.document(generation.validation().contract());
        List<Trees.Heading> sections = Trees.sections(document);
        List<String> expected = sections.stream().map(h -> Trees.normalize(h.title())).toList();
        assertThat(headings).containsSubsequence(expected);
        for (Trees.Heading section : sections) {
            int index = indexAfterEarlier(headings, Trees.normalize(section.title()), sections, section);
            assertThat(levels.get(index)).as("level of \"%s\"", section.title()).isEqualTo(section.depth());
        }
        assertThat(tables).isGreaterThanOrEqualTo(Trees.tables(document).size());
    }

    /** The position of this section's heading among pandoc's headings, in document order. */
    private static int indexAfterEarlier(List<String> headings, String title, List<Trees.Heading> sections,
            Trees.Heading section) {
        int from = 0;
        for (Trees.Heading earlier : sections) {
            int found = headings.subList(from, headings.size()).indexOf(Trees.normalize(earlier.title())) + from;
            if (earlier == section) {
                return found;
            }
            from = found + 1;
        }
        throw new IllegalStateException(title);
    }

    private static String stringify(JsonNode inlines) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode inline : inlines) {
            switchInline(inline, sb);
        }
        return sb.toString();
    }

    private static void switchInline(JsonNode inline, StringBuilder sb) {
        String type = inline.get("t").asText();
        JsonNode content = inline.get("c");
        if (type.equals("Str")) {
            sb.append(content.asText());
        } else if (type.equals("Space") || type.equals("SoftBreak") || type.equals("LineBreak")) {
            sb.append(' ');
        } else if (content != null && content.isArray()) {
            for (JsonNode child : content) {
                if (child.isArray()) {
                    for (JsonNode grandChild : child) {
                        if (grandChild.isObject() && grandChild.has("t")) {
                            switchInline(grandChild, sb);
                        }
                    }
                } else if (child.isObject() && child.has("t")) {
                    switchInline(child, sb);
                }
            }
        }
    }
}

package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.samspill.doc.Appendix;
import no.samspill.doc.Block;
import no.samspill.doc.BulletList;
import no.samspill.doc.CrossReference;
import no.samspill.doc.Document;
import no.samspill.doc.Emphasis;
import no.samspill.doc.Inline;
import no.samspill.doc.Link;
import no.samspill.doc.ListItem;
import no.samspill.doc.OrderedList;
import no.samspill.doc.Paragraph;
import no.samspill.doc.Part;
import no.samspill.doc.Section;
import no.samspill.doc.SignatureBlock;
import no.samspill.doc.Strong;
import no.samspill.doc.Table;
import no.samspill.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped example, in both languages, through the whole chain: reader, validator, pack, passes, text. */
class ExampleRenderingTest {

    // Names of enum values: in a Norwegian contract they must have been turned into words by the labels.
    private static final Pattern RAW_ENUM = Pattern.compile(
            "\\b(weekly|biweekly|monthly|quarterly|semiannual|annual|strategic|tactical|operational|consensus"
                    + "|majority|customer|supplier|joint|survey|workshop|courts|arbitration|malus|gainshare)\\b");
    private static final Pattern DOUBLED_WORD = Pattern.compile("(?i)(?<!\\p{L})(\\p{L}+) \\1(?!\\p{L})");

    static Stream<String> examples() {
        return Examples.NAMES.stream();
    }

    static Stream<Arguments> renderings() {
        return Examples.NAMES.stream().flatMap(name -> Stream.of(Arguments.of(name, Language.nb), Arguments.of(name, Language.en)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theBokmalAndEnglishEditionsHaveTheSameSectionsNumbersAndCrossReferences(String name) {
        List<String> nb = structure(Examples.document(name, Language.nb));
        List<String> en = structure(Examples.document(name, Language.en));

        assertThat(nb).contains("section 1 #parties", "part", "signatures").anyMatch(s -> s.startsWith("→"));
        assertThat(en).containsExactlyElementsOf(nb);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("renderings")
    void theTextHasNoLeftOverMarkupOrMissingValue(String name, Language language) {
        String text = Examples.text(name, language);

        assertThat(text).doesNotContain("null", "{{", "}}", "§[", "[[", "${", "<#", "</#", "&#", "\\");
        assertThat(text.lines().filter(line -> !line.startsWith("|")).filter(line -> line.contains(" .")
                || line.contains(" ,") || line.contains(",,") || line.contains("..") || line.contains("( ")))
                .isEmpty();
        List<String> doubled = new ArrayList<>();
        // From Part I on: the cover lists its fields one under the other, not as sentences.
        Matcher partOne = Pattern.compile("(?m)^(Del|Part) I ").matcher(text);
        assertThat(partOne.find()).isTrue();
        for (String block : text.substring(partOne.start()).split("\n\\s*\n")) {
            // The signature blocks stand side by side: two signatories may hold the same title.
            if (block.contains("______")) {
                continue;
            }
            Matcher matcher = DOUBLED_WORD.matcher(block.replaceAll("\\s+", " "));
            while (matcher.find()) {
                doubled.add(matcher.group());
            }
        }
        assertThat(doubled).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aNorwegianDescriptionRendersNoEnumNameInItsOwnLanguage(String name) {
        Language own = Examples.read(name).contract().language();
        String text = Examples.text(name, own);

        if (own == Language.nb) {
            assertThat(RAW_ENUM.matcher(text).results().map(r -> r.group()).toList()).isEmpty();
        }
        assertThat(text).contains(own == Language.nb ? "Avtalen" : "the Agreement");
    }

    /** Parts, sections and appendices with their numbers and anchors, and every cross-reference, in document order. */
    private static List<String> structure(Document document) {
        List<String> out = new ArrayList<>();
        blocks(document.blocks(), out);
        return out;
    }

    private static void blocks(List<Block> blocks, List<String> out) {
        for (Block block : blocks) {
            if (block instanceof Part) {
                out.add("part");
                inlines(((Part) block).title(), out);
                blocks(((Part) block).blocks(), out);
            } else if (block instanceof Section) {
                Section section = (Section) block;
                out.add("section " + section.number() + " #" + section.anchor());
                inlines(section.title(), out);
                blocks(section.blocks(), out);
            } else if (block instanceof Appendix) {
                Appendix appendix = (Appendix) block;
                out.add("appendix " + appendix.number() + " #" + appendix.anchor());
                blocks(appendix.blocks(), out);
            } else if (block instanceof Paragraph) {
                inlines(((Paragraph) block).inlines(), out);
            } else if (block instanceof BulletList) {
                out.add("bullets " + ((BulletList) block).items().size());
                ((BulletList) block).items().forEach(item -> items(item, out));
            } else if (block instanceof OrderedList) {
                out.add("numbered " + ((OrderedList) block).items().size());
                ((OrderedList) block).items().forEach(item -> items(item, out));
            } else if (block instanceof Table) {
                Table table = (Table) block;
                out.add("table " + table.rows().size() + "x" + table.columnCount());
                table.rows().forEach(row -> row.cells().forEach(cell -> inlines(cell.inlines(), out)));
            } else if (block instanceof SignatureBlock) {
                out.add("signatures");
            }
        }
    }

    private static void items(ListItem item, List<String> out) {
        blocks(item.blocks(), out);
    }

    private static void inlines(List<Inline> inlines, List<String> out) {
        for (Inline inline : inlines) {
            if (inline instanceof CrossReference) {
                out.add("→ " + ((CrossReference) inline).number() + " #" + ((CrossReference) inline).anchor());
            } else if (inline instanceof Emphasis) {
                inlines(((Emphasis) inline).inlines(), out);
            } else if (inline instanceof Strong) {
                inlines(((Strong) inline).inlines(), out);
            } else if (inline instanceof Link) {
                inlines(((Link) inline).inlines(), out);
            }
        }
    }
}

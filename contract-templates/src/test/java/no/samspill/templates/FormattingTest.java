package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.samspill.doc.Paragraph;
import no.samspill.model.Contract;
import no.samspill.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormattingTest {

    private static final String TEMPLATE = """
            ${fmt.date(contract.date)} | ${fmt.number(objectives[1].measures[0].baseline.number)} | ${fmt.number(1234567)} | ${fmt.number(2018)} | ${fmt.number(-12345.5)} | \
            ${fmt.period(contract.term.duration)} | ${fmt.period(contract.term.extensions[0])} | \
            ${fmt.list(["a", "b", "c"])} | ${fmt.value(objectives[1].measures[1].target)} | \
            ${fmt.frequency(governance.healthCheck.frequency)} | ${governance.healthCheck.frequency} | \
            ${fmt.role(objectives[0].measures[0].responsible)} | ${fmt.role(governance.forums[0].members[1].party)} | \
            ${contract.status} | ${base.label()} | ${base.name} | ${governance.earlyWarning.meetingWithinDays} | ${lang}
            """;

    @TempDir
    Path directory;

    private String render(Contract contract, String languages) {
        TestPacks.in(directory).write("clauses/f.nb.md.ftl", TEMPLATE).write("clauses/f.en.md.ftl", TEMPLATE)
                .write("pack.yaml", "name: t\nlanguages: " + languages + "\nclauses:\n  - { id: f, version: 1 }\n");
        Paragraph paragraph = (Paragraph) FreemarkerTemplatePack.fromDirectory(directory).render(contract).blocks().get(0);
        return Trees.text(paragraph.inlines());
    }

    @Test
    void norwegianDatesNumbersPeriodsListsAndWords() {
        assertThat(render(Contracts.example(), "[nb]")).isEqualTo(
                "1. desember 2026 | 99,5 | 1\u00a0234\u00a0567 | 2018 | -12\u00a0345,5 | fem år | to år | a, b og c | høy | halvårlig | semiannual"
                        + " | Partene i fellesskap | Leverandøren | draft | SSA-L (2018)"
                        + " | Avtale om løpende tjenestekjøp over Internett | 10 | nb");
    }

    @Test
    void englishDatesNumbersPeriodsListsAndWords() {
        assertThat(render(Contracts.inLanguage(Contracts.example(), Language.en), "[nb, en]")).isEqualTo(
                "1 December 2026 | 99.5 | 1,234,567 | 2018 | -12,345.5 | five years | two years | a, b and c | høy | every six months | semiannual"
                        + " | the Parties jointly | the Supplier | draft | SSA-L (2018)"
                        + " | Agreement for the Ongoing Purchase of Services over the Internet | 10 | en");
    }

    private static final String COUNTS = """
            ${fmt.count(1)} | ${fmt.countNeuter(1)} | ${fmt.count(12)} | ${fmt.count(13)} | ${fmt.months(1)} | \
            ${fmt.months(9)} | ${fmt.months(18)} | ${fmt.years(1)} | ${fmt.forum(governance.forums[0])} | ${fmt.forum(governance.forums[1])}
            """;

    private String renderCounts(Contract contract, String languages) {
        TestPacks.in(directory).write("clauses/c.nb.md.ftl", COUNTS).write("clauses/c.en.md.ftl", COUNTS)
                .write("pack.yaml", "name: t\nlanguages: " + languages + "\nclauses:\n  - { id: c, version: 1 }\n");
        Paragraph paragraph = (Paragraph) FreemarkerTemplatePack.fromDirectory(directory).render(contract).blocks().get(0);
        return Trees.text(paragraph.inlines());
    }

    private static Contract titledForums(Language language) {
        return Contracts.read(readExample()
                .replace("name: Strategisk styringsgruppe", "name: Strategic Steering Group\n      shortName: the Board")
                .replace("name: Samarbeidsforum", "name: Partnership Forum")
                .replace("language: nb", "language: " + language));
    }

    private static String readExample() {
        try {
            return java.nio.file.Files.readString(Examples.norwegianOnlyEhelse());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void smallNumbersAreWordsWithTheGenderOfTheirNounAndForumsGoByTheirShortNameOrAfterTheWordForForum() {
        assertThat(renderCounts(titledForums(Language.nb), "[nb]")).isEqualTo(
                "én | ett | tolv | 13 | én måned | ni måneder | 18 måneder | ett år | the Board | forumet Partnership Forum");
        assertThat(renderCounts(titledForums(Language.en), "[nb, en]")).isEqualTo(
                "one | one | twelve | 13 | one month | nine months | 18 months | one year | the Board | the forum Partnership Forum");
    }
}

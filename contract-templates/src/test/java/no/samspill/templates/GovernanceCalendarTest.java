package no.samspill.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.samspill.doc.Appendix;
import no.samspill.doc.Document;
import no.samspill.doc.Table;
import no.samspill.model.Contract;
import no.samspill.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The governance calendar (appendix-calendar) of the e-health example with the strategic forum
 * ("Strategisk styringsgruppe", which approves the review) and the review at other frequencies:
 * a forum meets in month 1 and then every so many months, and the review falls at one of its
 * ordinary meetings where one is near, else at an extraordinary meeting.
 */
class GovernanceCalendarTest {

    private static final FreemarkerTemplatePack PACK = FreemarkerTemplatePack.builtIn();
    private static final String STEERING = "Strategisk styringsgruppe";

    @ParameterizedTest(name = "{0} forum, {1} review")
    @CsvSource(delimiter = ';', value = {
        // forum;      review;     ordinary meetings; review in; extraordinary meetings
        "quarterly;    annual;     1 4 7 10;          10;        ''",
        "semiannual;   annual;     1 7;               7;         ''",
        "annual;       annual;     1;                 12;        12",
        "monthly;      annual;     1 2 3 4 5 6 7 8 9 10 11 12; 12; ''",
        "weekly;       annual;     1 2 3 4 5 6 7 8 9 10 11 12; 12; ''",
        "biweekly;     annual;     1 2 3 4 5 6 7 8 9 10 11 12; 12; ''",
        "quarterly;    semiannual; 1 4 7 10;          4 10;      ''",
        "semiannual;   semiannual; 1 7;               7 12;      12",
        "monthly;      quarterly;  1 2 3 4 5 6 7 8 9 10 11 12; 3 6 9 12; ''",
    })
    void aForumMeetsInMonthOneAndThenEveryPeriodAndTheReviewFallsAtAMeeting(
            String frequency, String review, String meetings, String reviews, String extraordinary) throws IOException {
        Map<Integer, List<String>> calendar = calendar(frequency, review);

        assertThat(monthsWith(calendar, 1, cell -> cell.contains(STEERING) && !cell.contains(STEERING + " ("
                + "ekstraordinært møte)")))
                .isEqualTo(months(meetings));
        assertThat(monthsWith(calendar, 1, cell -> cell.contains(STEERING + " (ekstraordinært møte)")))
                .isEqualTo(months(extraordinary));
        assertThat(monthsWith(calendar, 2, cell -> cell.contains("gjennomgang av Avtalen i forumet " + STEERING)))
                .isEqualTo(months(reviews));
    }

    @ParameterizedTest(name = "{0} forum, {1} review")
    @CsvSource({"quarterly, annual", "semiannual, semiannual", "annual, annual", "weekly, quarterly"})
    void theEnglishCalendarHasTheSameMonths(String frequency, String review) throws IOException {
        Map<Integer, List<String>> norwegian = calendar(frequency, review);
        Map<Integer, List<String>> english = calendar(frequency, review, Language.en);

        assertThat(monthsWith(english, 1, cell -> cell.contains(STEERING) && !cell.contains("(extraordinary meeting)")))
                .isEqualTo(monthsWith(norwegian, 1, cell -> cell.contains(STEERING) && !cell.contains("(ekstraordinært møte)")));
        assertThat(monthsWith(english, 1, cell -> cell.contains(STEERING + " (extraordinary meeting)")))
                .isEqualTo(monthsWith(norwegian, 1, cell -> cell.contains(STEERING + " (ekstraordinært møte)")));
        assertThat(monthsWith(english, 2, cell -> cell.contains("review of the Agreement by the forum " + STEERING)))
                .isEqualTo(monthsWith(norwegian, 2, cell -> cell.contains("gjennomgang av Avtalen i forumet " + STEERING)))
                .isNotEmpty();
        assertThat(monthsWith(english, 2, cell -> cell.contains("elationship health check")))
                .isEqualTo(monthsWith(norwegian, 2, cell -> cell.toLowerCase().contains("måling av samarbeidets helse")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"weekly, ukentlig", "biweekly, annenhver uke"})
    void aForumThatMeetsMoreThanMonthlyIsShownEveryMonthWithItsFrequency(String frequency, String shown)
            throws IOException {
        Map<Integer, List<String>> calendar = calendar(frequency, "annual");

        assertThat(monthsWith(calendar, 1, cell -> cell.contains(STEERING + " (" + shown + ")")))
                .isEqualTo(months("1 2 3 4 5 6 7 8 9 10 11 12"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"quarterly, 3 6 9 12", "semiannual, 6 12", "annual, 12", "monthly, 1 2 3 4 5 6 7 8 9 10 11 12"})
    void aHealthCheckFallsInTheLastMonthOfEachOfItsPeriods(String frequency, String expected) throws IOException {
        String yaml = example().replace("  healthCheck:\n    frequency: semiannual", "  healthCheck:\n    frequency: " + frequency);
        Map<Integer, List<String>> calendar = calendarOf(yaml);

        assertThat(monthsWith(calendar, 2, cell -> cell.toLowerCase().contains("måling av samarbeidets helse")))
                .isEqualTo(months(expected));
    }

    private static String example() throws IOException {
        return Files.readString(Examples.norwegianOnlyEhelse());
    }

    private static Map<Integer, List<String>> calendar(String frequency, String review) throws IOException {
        return calendar(frequency, review, Language.nb);
    }

    private static Map<Integer, List<String>> calendar(String frequency, String review, Language language)
            throws IOException {
        String yaml = example();
        String steering = "      name: " + STEERING + "\n      level: strategic\n      frequency: quarterly";
        assertThat(yaml).contains(steering).contains("  review:\n    frequency: annual");
        yaml = yaml.replace(steering, steering.replace("quarterly", frequency))
                .replace("  review:\n    frequency: annual", "  review:\n    frequency: " + review);
        return calendarOf(yaml, language);
    }

    private static Map<Integer, List<String>> calendarOf(String yaml) {
        return calendarOf(yaml, Language.nb);
    }

    /** Month by month, the cells of the calendar's row: month, forum meetings, other activities. */
    private static Map<Integer, List<String>> calendarOf(String yaml, Language language) {
        Contract contract = Contracts.inLanguage(Contracts.read(yaml), language);
        Document document = PACK.render(contract);
        Appendix appendix = Trees.blocksOf(Trees.allBlocks(document.blocks()), Appendix.class).stream()
                .filter(candidate -> "appendix-calendar".equals(candidate.anchor()))
                .findFirst()
                .orElseThrow();
        Table table = Trees.blocksOf(appendix.blocks(), Table.class).get(0);
        Map<Integer, List<String>> rows = new TreeMap<>();
        for (List<String> row : Trees.cells(table).subList(1, table.rows().size())) {
            rows.put(Integer.parseInt(row.get(0)), row);
        }
        assertThat(rows.keySet()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        return rows;
    }

    private static List<Integer> monthsWith(Map<Integer, List<String>> calendar, int column,
            java.util.function.Predicate<String> holds) {
        List<Integer> months = new ArrayList<>();
        calendar.forEach((month, row) -> {
            if (holds.test(row.get(column))) {
                months.add(month);
            }
        });
        return months;
    }

    private static List<Integer> months(String list) {
        List<Integer> months = new ArrayList<>();
        for (String month : list.trim().split("\\s+")) {
            if (!month.isEmpty()) {
                months.add(Integer.parseInt(month));
            }
        }
        return months;
    }
}

package no.samspill.internal.templates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import no.samspill.model.Forum;
import no.samspill.model.Language;
import no.samspill.model.MeasureValue;

/**
 * {@code fmt} in templates: dates, numbers, periods, lists, frequencies and party roles written
 * the way a contract in that language writes them. The words come from the pack's labels.
 */
public final class TemplateFormatter {
    /** Every word capitalised, small words (of, and, for) allowed between: a name written as a title. */

    private final Language language;
    private final Labels labels;
    private final DateTimeFormatter dateFormat;

    TemplateFormatter(Language language, Labels labels) {
        this.language = language;
        this.labels = labels;
        this.dateFormat = DateTimeFormatter.ofPattern(labels.get("format.date"), language.locale());
    }

    /** The date {@code months} months after {@code date}: when a deadline counted in months falls. */
    public LocalDate plusMonths(LocalDate date, int months) {
        return date.plusMonths(months);
    }

    /**
     * Which month of the contract {@code date} falls in, counting the month the term starts as
     * month 1; 0 or less before the start. The governance calendar places deadlines with it.
     */
    public int monthOfTerm(LocalDate start, LocalDate date) {
        return (date.getYear() - start.getYear()) * 12 + date.getMonthValue() - start.getMonthValue() + 1;
    }

    /** "1. desember 2026", "1 December 2026". */
    public String date(LocalDate date) {
        return dateFormat.format(date);
    }

    /**
     * "12,5" and "1 234 567,5" in Norwegian, "12.5" and "1,234,567.5" in English; no trailing
     * zeros. Thousands are grouped only from five digits on, as Norwegian practice has it, so
     * that a number such as 2018 is never printed "2 018".
     */
    public String number(Number number) {
        BigDecimal decimal = number instanceof BigDecimal ? (BigDecimal) number : new BigDecimal(number.toString());
        String plain = decimal.stripTrailingZeros().toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "" : digits.substring(point + 1);
        boolean norwegian = language == Language.nb;
        if (whole.length() >= 5) {
            // A no-break space in Norwegian, so that a number is never split over two lines.
            char separator = norwegian ? '\u00a0' : ',';
            StringBuilder grouped = new StringBuilder(whole);
            for (int i = whole.length() - 3; i > 0; i -= 3) {
                grouped.insert(i, separator);
            }
            whole = grouped.toString();
        }
        String sign = negative ? "-" : "";
        return sign + whole + (fraction.isEmpty() ? "" : (norwegian ? "," : ".") + fraction);
    }

    /**
     * "fem år", "18 måneder", "ett år og seks måneder"; "five years", "18 months". Numbers up to
     * twelve are written in words, as contracts write small numbers.
     */
    public String period(Period period) {
        List<String> parts = new ArrayList<>();
        addUnit(parts, period.getYears(), "years");
        addUnit(parts, period.getMonths(), "months");
        addUnit(parts, period.getDays(), "days");
        if (parts.isEmpty()) {
            parts.add("0 " + labels.get("period.days.other"));
        }
        return list(parts);
    }

    private void addUnit(List<String> parts, int amount, String unit) {
        if (amount != 0) {
            parts.add(quantity(amount, unit));
        }
    }

    /** "tolv måneder", "én måned", "18 måneder"; "twelve months", "one month". */
    public String months(int months) {
        return quantity(months, "months");
    }

    /** "fem år", "ett år"; "five years". */
    public String years(int years) {
        return quantity(years, "years");
    }

    private String quantity(int amount, String unit) {
        String count = "neuter".equals(labels.get("period." + unit + ".gender")) ? countNeuter(amount) : count(amount);
        return count + " " + labels.get("period." + unit + (Math.abs(amount) == 1 ? ".one" : ".other"));
    }

    /**
     * A whole number up to twelve in words ("én", "fem", "tolv"; "one", "five"), a larger one in
     * digits: the convention of contracts for small counts. The common gender in Norwegian.
     */
    public String count(int number) {
        return number >= 0 && number <= 12 ? labels.get("number." + number) : String.valueOf(number);
    }

    /** As {@link #count(int)}, for a neuter noun in Norwegian ("ett år"); the same as count in English. */
    public String countNeuter(int number) {
        return labels.has("number." + number + ".neuter") ? labels.get("number." + number + ".neuter") : count(number);
    }

    /**
     * A forum's name in running text: its short name where the description gives one (the
     * definite form, "styringsgruppen", "the Steering Group"). Else the name follows the word
     * for forum ("forumet Styringsgruppe", "the forum Steering Group"): grammatical whatever
     * the name, where guessing a definite form or an article from the name's spelling is not.
     */
    public String forum(Forum forum) {
        if (forum.shortName() != null) {
            return forum.shortName();
        }
        return labels.get("forum.runningName").replace("{name}", forum.name());
    }

    /** "a, b og c", "a, b and c". */
    public String list(List<?> items) {
        List<String> texts = items.stream().map(String::valueOf).toList();
        if (texts.size() <= 1) {
            return texts.isEmpty() ? "" : texts.get(0);
        }
        String and = " " + labels.get("list.and") + " ";
        return String.join(", ", texts.subList(0, texts.size() - 1)) + and + texts.get(texts.size() - 1);
    }

    /** A baseline or target: the number formatted, or the text as written. */
    public String value(MeasureValue value) {
        return value.isNumber() ? number(value.number()) : value.text();
    }

    /** "kvartalsvis", "quarterly". */
    public String frequency(Object frequency) {
        return labels.get("frequency." + frequency);
    }

    /** "Kunden", "Leverandøren", "Partene felles"; "the Customer", "the Supplier", "the Parties jointly". */
    public String role(Object role) {
        return labels.get("role." + role);
    }
}

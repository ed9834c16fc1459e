package no.samspill.internal.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.Check;
import no.samspill.Problem;
import no.samspill.model.Language;
import no.samspill.internal.read.Position;
import no.samspill.internal.read.SourceMap;

/** Collects the problems of one validation call; one instance per call, never shared. */
final class ProblemSink {

    private static final int QUOTE_LIMIT = 60;
    private static final int LONG_QUOTE_LENGTH = 200;

    private final SourceMap sourceMap;
    private final String fileName;
    private final Set<String> languageMaps;
    private final String edition;
    private final Set<String> switchedOff;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param languageMaps the values given per language; a problem with one of them lies in the
     *     entry of {@code edition}, the language whose text was checked
     */
    ProblemSink(SourceMap sourceMap, String fileName, Set<String> languageMaps, Language edition) {
        this(sourceMap, fileName, languageMaps, edition, Set.of());
    }

    /** @param switchedOff the codes of the checks whose findings are dropped */
    ProblemSink(SourceMap sourceMap, String fileName, Set<String> languageMaps, Language edition,
            Set<String> switchedOff) {
        this.sourceMap = sourceMap;
        this.fileName = fileName;
        this.languageMaps = languageMaps;
        this.edition = edition == null ? null : edition.name();
        this.switchedOff = switchedOff;
    }

    /** A problem with the format at {@code path}; a missing value is reported at its nearest present parent. */
    void report(String path, String message) {
        report(CheckCatalogue.FORMAT, path, message);
    }

    /** A finding of {@code check} at {@code path}, unless the check is switched off. */
    void report(Check check, String path, String message) {
        if (switchedOff.contains(check.code())) {
            return;
        }
        String at = entry(path);
        Position position = sourceMap.valueOrParent(at);
        problems.add(new Problem(fileName, position.line(), position.column(), at, shortenQuotes(message),
                check.code(), check.severity()));
    }

    /** The path of the text checked: {@code objectives[0].title.en} for a title given per language. */
    private String entry(String path) {
        return edition != null && languageMaps.contains(path) && sourceMap.value(path + "." + edition).isPresent()
                ? path + "." + edition : path;
    }

    // A message quotes the value it is about; a value of thousands of characters would bury the
    // message. No message's own words run this long between two quotes.
    private static final Pattern LONG_QUOTE = Pattern.compile("\"([^\"]{" + LONG_QUOTE_LENGTH + ",})\"");

    private static String shortenQuotes(String message) {
        Matcher quote = LONG_QUOTE.matcher(message);
        StringBuilder out = new StringBuilder();
        while (quote.find()) {
            String value = quote.group(1);
            int end = Character.isHighSurrogate(value.charAt(QUOTE_LIMIT - 1)) ? QUOTE_LIMIT - 1 : QUOTE_LIMIT;
            String shortened = "\"" + value.substring(0, end) + "…\"";
            quote.appendReplacement(out, Matcher.quoteReplacement(shortened));
        }
        quote.appendTail(out);
        return out.toString();
    }

    /** The line a value starts on, for messages that point at another occurrence. */
    int lineOf(String path) {
        return sourceMap.valueOrParent(entry(path)).line();
    }

    boolean isPresent(String path) {
        return sourceMap.value(path).isPresent();
    }

    List<Problem> problems() {
        return problems;
    }
}

package no.samspill.internal.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.Problem;
import no.samspill.internal.read.Position;
import no.samspill.internal.read.SourceMap;

/** Collects the problems of one validation call; one instance per call, never shared. */
final class ProblemSink {

    private static final int QUOTE_LIMIT = 60;
    private static final int LONG_QUOTE_LENGTH = 200;

    private final SourceMap sourceMap;
    private final String fileName;
    private final List<Problem> problems = new ArrayList<>();

    ProblemSink(SourceMap sourceMap, String fileName) {
        this.sourceMap = sourceMap;
        this.fileName = fileName;
    }

    /** A problem with the value at {@code path}; a missing value is reported at its nearest present parent. */
    void report(String path, String message) {
        Position position = sourceMap.valueOrParent(path);
        problems.add(new Problem(fileName, position.line(), position.column(), path, shortenQuotes(message)));
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
        return sourceMap.valueOrParent(path).line();
    }

    boolean isPresent(String path) {
        return sourceMap.value(path).isPresent();
    }

    List<Problem> problems() {
        return problems;
    }
}

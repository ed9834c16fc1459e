package no.samspill.internal.validate;

import java.util.ArrayList;
import java.util.List;
import no.samspill.Problem;
import no.samspill.internal.read.Position;
import no.samspill.internal.read.SourceMap;

/** Collects the problems of one validation call; one instance per call, never shared. */
final class ProblemSink {

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
        problems.add(new Problem(fileName, position.line(), position.column(), path, message));
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

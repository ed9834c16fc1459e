package no.samspill.internal.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The first pass over a description: walks SnakeYAML's events (the same events Jackson reads in
 * the second pass, so the positions agree) to record where every key and value starts, and to
 * find what the model binding cannot see: duplicate keys, anchors and aliases, YAML syntax
 * errors, nesting that is too deep, a second document.
 *
 * <p>Not thread-safe: one scanner per read call.
 */
final class SourceScanner {

    static final String ANCHORS_NOT_SUPPORTED =
            "YAML anchors and aliases (&name, *name) are not supported; write the value out in full";

    /**
     * The outcome of the first pass.
     *
     * @param bindable whether the second pass may bind the document to the model
     * @param unreliablePaths values whose content the second pass would misread (an alias is seen as
     *     its name, a duplicate key as one of its values): its problems there and below are not reported
     * @param unreliableMappings mappings with a duplicate key, which Jackson may fail to build as a
     *     whole: a problem about the mapping itself is not reported, its duplicate key says it all
     */
    record Scan(SourceMap sourceMap, List<Finding> findings, Set<String> unreliablePaths,
            Set<String> unreliableMappings, boolean bindable, Map<String, String> editionSettings) {}

    /**
     * The values binding needs before it starts, as written: the language of the description's
     * plain strings, and which edition it asks for.
     */
    static final Set<String> EDITION_SETTINGS = Set.of("contract.language", "contract.prevailingLanguage", "contract.parallel");

    /** A problem at a known position. */
    record Finding(Position position, String path, String message) {}

    private static final class Frame {
        final String path;
        final boolean mapping;
        final Map<String, Position> keys = new HashMap<>();
        boolean expectingKey = true;
        String valuePath;
        Position keyPosition;
        int nextIndex;

        Frame(String path, boolean mapping) {
            this.path = path;
            this.mapping = mapping;
        }
    }

    private final LoaderOptions loaderOptions;
    private final int maxDepth;
    private final int maxProblems;

    private final SourceMap.Builder sourceMap = SourceMap.builder();
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> unreliablePaths = new HashSet<>();
    private final Set<String> unreliableMappings = new HashSet<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Map<String, String> editionSettings = new HashMap<>();

    SourceScanner(LoaderOptions loaderOptions, int maxDepth, int maxProblems) {
        this.loaderOptions = loaderOptions;
        this.maxDepth = maxDepth;
        this.maxProblems = maxProblems;
    }

    Scan scan(String yaml) {
        boolean bindable;
        try {
            bindable = walk(new ParserImpl(new StreamReader(yaml), loaderOptions));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position where = positionOf(mark);
            Position unclosed = unclosedQuoteBefore(yaml, where.line());
            if (unclosed != null) {
                findings.add(new Finding(unclosed, "", "this quoted text has no closing quote on its line; "
                        + "close it, or the rest of the file is read as part of it"));
            } else {
                findings.add(new Finding(where, "", "this is not valid YAML: " + plainly(e.getProblem())));
            }
            bindable = false;
        } catch (YAMLException e) {
            findings.add(new Finding(Position.START, "", "this is not valid YAML: " + e.getMessage()));
            bindable = false;
        }
        return new Scan(sourceMap.build(), List.copyOf(findings), Set.copyOf(unreliablePaths),
                Set.copyOf(unreliableMappings), bindable, Map.copyOf(editionSettings));
    }

    /** Walks the events; answers whether the document can be bound to the model. */
    private boolean walk(Parser parser) {
        int documents = 0;
        boolean sawRoot = false;
        while (true) {
            Event event = parser.getEvent();
            if (event == null || event.is(Event.ID.StreamEnd)) {
                break;
            }
            if (findings.size() >= maxProblems) {
                findings.add(new Finding(positionOf(event.getStartMark()), "",
                        "there are more than " + maxProblems + " problems; the rest of the file was not read"));
                return false;
            }
            if (event.is(Event.ID.DocumentStart) && ++documents > 1) {
                findings.add(new Finding(positionOf(event.getStartMark()), "",
                        "a description is one YAML document; remove everything from the second document on"));
                return sawRoot;
            }
            if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
                frames.pop();
            } else if (event instanceof NodeEvent) {
                if (!sawRoot) {
                    sawRoot = true;
                    if (!event.is(Event.ID.MappingStart)) {
                        findings.add(new Finding(positionOf(event.getStartMark()), "",
                                "expected a mapping with keys such as samspill, contract and parties"));
                        return false;
                    }
                    checkAnchor((NodeEvent) event, "");
                    frames.push(new Frame("", true));
                } else if (!node((NodeEvent) event)) {
                    return false;
                }
            }
        }
        if (!sawRoot) {
            findings.add(new Finding(Position.START, "", "the description is empty"));
            return false;
        }
        return true;
    }

    /** A key or a value inside the current mapping or list; false when reading must stop. */
    private boolean node(NodeEvent event) {
        Frame frame = frames.peek();
        Position position = positionOf(event.getStartMark());
        if (frame.mapping && frame.expectingKey) {
            return key(frame, event, position);
        }
        String path;
        if (frame.mapping) {
            path = frame.valuePath;
            frame.expectingKey = true;
            if (isEmptyPlainScalar(event)) {
                // an empty value has no text of its own: point at its key instead of the next line
                position = frame.keyPosition;
            }
        } else {
            path = FieldPaths.element(frame.path, frame.nextIndex++);
        }
        sourceMap.value(path, position);
        if (event instanceof ScalarEvent scalar && EDITION_SETTINGS.contains(path)) {
            editionSettings.putIfAbsent(path, scalar.getValue());
        }
        if (event instanceof AliasEvent) {
            findings.add(new Finding(position, path, ANCHORS_NOT_SUPPORTED));
            unreliablePaths.add(path);
            return true;
        }
        checkAnchor(event, path);
        boolean mapping = event.is(Event.ID.MappingStart);
        if (mapping || event.is(Event.ID.SequenceStart)) {
            if (frames.size() >= maxDepth) {
                findings.add(new Finding(position, path,
                        "the description is nested more than " + maxDepth + " levels deep"));
                return false;
            }
            frames.push(new Frame(path, mapping));
        }
        return true;
    }

    private boolean key(Frame frame, NodeEvent event, Position position) {
        if (!(event instanceof ScalarEvent)) {
            String message = event instanceof AliasEvent
                    ? ANCHORS_NOT_SUPPORTED
                    : "a key must be a plain name such as title, not a mapping or a list";
            findings.add(new Finding(position, frame.path, message));
            return false;
        }
        String name = ((ScalarEvent) event).getValue();
        String path = FieldPaths.child(frame.path, name);
        Position first = frame.keys.putIfAbsent(name, position);
        if (first != null) {
            findings.add(new Finding(position, path,
                    "duplicate key \"" + name + "\"; it was first given at line " + first.line()));
            unreliablePaths.add(path);
            unreliableMappings.add(frame.path);
        }
        sourceMap.key(path, position);
        checkAnchor(event, path);
        frame.valuePath = path;
        frame.keyPosition = position;
        frame.expectingKey = false;
        return true;
    }

    private void checkAnchor(NodeEvent event, String path) {
        if (event.getAnchor() != null) {
            findings.add(new Finding(positionOf(event.getStartMark()), path, ANCHORS_NOT_SUPPORTED));
        }
    }

    private static boolean isEmptyPlainScalar(NodeEvent event) {
        return event instanceof ScalarEvent scalar
                && scalar.getValue().isEmpty()
                && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    }

    /**
     * The start of a quoted value that is not closed on its own line, before the line where the
     * parser gave up. A forgotten quote makes SnakeYAML read on into the following lines and fail
     * far from the mistake; the value that opened the quote is where the user must look.
     */
    static Position unclosedQuoteBefore(String yaml, int problemLine) {
        String[] lines = yaml.split("\\R", -1);
        int last = Math.min(problemLine, lines.length);
        for (int i = 0; i < last; i++) {
            String line = lines[i];
            int colon = line.indexOf(": ");
            int start = colon < 0 ? -1 : colon + 2;
            while (start >= 0 && start < line.length() && line.charAt(start) == ' ') {
                start++;
            }
            if (start < 0 || start >= line.length()) {
                continue;
            }
            char quote = line.charAt(start);
            if (quote != '"' && quote != '\'') {
                continue;
            }
            // A quoted text may go on over several lines; it is unclosed only if no later line
            // before the parser's complaint closes it.
            // A close on the very line the parser complains about is the parser stumbling over the
            // quote that was meant to open the next value, so it does not count.
            int closedOn = closingLine(lines, i, start + 1, quote, problemLine - 1);
            if (closedOn < 0) {
                return i + 1 < problemLine ? new Position(i + 1, start + 1) : null;
            }
            i = closedOn;
        }
        return null;
    }

    /** The index of the line that closes the quote opened at {@code from} on line {@code first}, or -1. */
    private static int closingLine(String[] lines, int first, int from, char quote, int last) {
        for (int l = first; l < last; l++) {
            String line = lines[l];
            for (int i = l == first ? from : 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote == '"' && c == '\\') {
                    i++;
                } else if (c == quote) {
                    if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                        i++;
                    } else {
                        return l;
                    }
                }
            }
        }
        return -1;
    }

    /** SnakeYAML's wording for the commonest mistakes, said the way a non-programmer would. */
    private static String plainly(String problem) {
        if (problem == null) {
            return "the text cannot be read here";
        }
        if (problem.startsWith("expected <block end>")) {
            return "the indentation does not line up with the lines above";
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return "a colon followed by a space is not allowed here; put text that contains \": \" in quotes";
        }
        if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
            return "a tab is not allowed for indentation; indent with spaces";
        }
        if (problem.startsWith("found unexpected end of stream")) {
            return "the file ends inside a quoted text; close the quote";
        }
        if (problem.startsWith("could not find expected ':'")) {
            return "a key must be followed by a colon";
        }
        return problem;
    }

    private static Position positionOf(Mark mark) {
        return mark == null ? Position.START : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }
}

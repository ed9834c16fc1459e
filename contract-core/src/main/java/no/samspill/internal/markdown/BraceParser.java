package no.samspill.internal.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Marks that open with a brace: defined terms {@code {{Kunden}}} and {@code {{=Kunden}}}, inline
 * fragments {@code {{@7}}}, and heading attributes {@code {#anchor}} / {@code {.appendix #anchor}}.
 * An escaped brace ({@code \{}) is consumed by commonmark before this parser sees it.
 */
final class BraceParser implements InlineContentParser {

    @Override
    public ParsedInline tryParse(InlineParserState inlineParserState) {
        Scanner scanner = inlineParserState.scanner();
        Position start = scanner.position();
        scanner.next();
        if (scanner.next('{')) {
            return doubleBrace(scanner);
        }
        scanner.setPosition(start);
        return attributes(scanner, start);
    }

    private static ParsedInline doubleBrace(Scanner scanner) {
        StringBuilder raw = new StringBuilder();
        while (scanner.hasNext()) {
            char c = scanner.peek();
            if (c == '}') {
                scanner.next();
                if (!scanner.next('}')) {
                    return ParsedInline.none();
                }
                return termOrFragment(Escapes.unescape(raw), scanner.position());
            }
            if (c == '\\') {
                raw.append(c);
                scanner.next();
                c = scanner.peek();
            }
            if (c == '\n' || c == '{' || c == Scanner.END) {
                return ParsedInline.none();
            }
            raw.append(c);
            scanner.next();
        }
        return ParsedInline.none();
    }

    private static ParsedInline termOrFragment(String content, Position end) {
        if (content.startsWith("@")) {
            String id = content.substring(1);
            return id.matches("[0-9]+") ? ParsedInline.of(new InlineFragmentNode(id), end) : ParsedInline.none();
        }
        boolean definition = content.startsWith("=");
        String term = (definition ? content.substring(1) : content).strip();
        if (term.isEmpty()) {
            return ParsedInline.none();
        }
        return ParsedInline.of(new DefinedTermNode(term, definition), end);
    }

    private static ParsedInline attributes(Scanner scanner, Position start) {
        scanner.next();
        String anchor = null;
        List<String> classes = new ArrayList<>();
        while (true) {
            scanner.whitespace();
            char c = scanner.peek();
            if (c == '}') {
                scanner.next();
                if (anchor == null && classes.isEmpty()) {
                    return ParsedInline.none();
                }
                Position end = scanner.position();
                String source = scanner.getSource(start, end).getContent();
                return ParsedInline.of(new HeadingAttributesNode(anchor, classes, source), end);
            }
            if (c != '#' && c != '.') {
                return ParsedInline.none();
            }
            scanner.next();
            String name = name(scanner);
            if (name.isEmpty()) {
                return ParsedInline.none();
            }
            if (c == '#') {
                if (anchor != null || !Anchors.isValid(name)) {
                    return ParsedInline.none();
                }
                anchor = name;
            } else {
                classes.add(name);
            }
        }
    }

    /** An anchor or class name; a hyphen may come escaped, as a value printed by a template writes it. */
    private static String name(Scanner scanner) {
        StringBuilder name = new StringBuilder();
        while (true) {
            char c = scanner.peek();
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
                name.append(c);
                scanner.next();
            } else if (c == '\\') {
                Position beforeEscape = scanner.position();
                scanner.next();
                if (scanner.peek() != '-') {
                    scanner.setPosition(beforeEscape);
                    return name.toString();
                }
                name.append('-');
                scanner.next();
            } else {
                return name.toString();
            }
        }
    }

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('{');
        }

        @Override
        public InlineContentParser create() {
            return new BraceParser();
        }
    }
}

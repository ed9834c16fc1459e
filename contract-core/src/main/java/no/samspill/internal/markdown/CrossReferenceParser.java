package no.samspill.internal.markdown;

import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/** {@code §[anchor]}. A value printed by a template writes {@code §} as an entity, so it never gets here. */
final class CrossReferenceParser implements InlineContentParser {

    @Override
    public ParsedInline tryParse(InlineParserState inlineParserState) {
        Scanner scanner = inlineParserState.scanner();
        scanner.next(); // the section sign
        if (!scanner.next('[')) {
            return ParsedInline.none();
        }
        Position start = scanner.position();
        StringBuilder raw = new StringBuilder();
        while (scanner.hasNext()) {
            char c = scanner.peek();
            if (c == ']') {
                String anchor = Escapes.unescape(raw);
                if (!Anchors.isValid(anchor)) {
                    return ParsedInline.none();
                }
                scanner.next();
                return ParsedInline.of(new CrossReferenceNode(anchor), scanner.position());
            }
            if (c == '\\') {
                raw.append(c);
                scanner.next();
                c = scanner.peek();
            }
            if (c == '\n' || c == Scanner.END) {
                return ParsedInline.none();
            }
            raw.append(c);
            scanner.next();
        }
        scanner.setPosition(start);
        return ParsedInline.none();
    }

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('§');
        }

        @Override
        public InlineContentParser create() {
            return new CrossReferenceParser();
        }
    }
}

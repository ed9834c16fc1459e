package no.samspill.internal.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/** Parses a line that holds nothing but {@code [[name]]} or {@code [[name:argument]]}. */
final class DirectiveBlockParser extends AbstractBlockParser {

    // Matched against one source line that the block parser hands over, not against the
    // template: the line grammar is this small, and commonmark decides what is a line.
    private static final Pattern DIRECTIVE_LINE =
            Pattern.compile("\\[\\[([a-z][a-z0-9-]*)(?::([A-Za-z0-9_-]+))?]][ \\t]*");

    private final DirectiveNode node;

    private DirectiveBlockParser(DirectiveNode node) {
        this.node = node;
    }

    @Override
    public Block getBlock() {
        return node;
    }

    @Override
    public BlockContinue tryContinue(ParserState parserState) {
        return BlockContinue.none();
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            Matcher matcher = DIRECTIVE_LINE.matcher(line.subSequence(start, line.length()));
            if (!matcher.matches()) {
                return BlockStart.none();
            }
            return BlockStart.of(new DirectiveBlockParser(new DirectiveNode(matcher.group(1), matcher.group(2))))
                    .atIndex(line.length());
        }
    }
}

package no.samspill.internal.markdown;

import org.commonmark.parser.Parser;

/**
 * The contract marks as a commonmark-java extension: block directives ({@code [[toc]]}),
 * cross-references ({@code §[anchor]}), defined terms ({@code {{Kunden}}}), inline fragments
 * ({@code {{@7}}}) and heading attributes ({@code {.appendix #anchor}}).
 */
public final class ContractMarkdownExtension implements Parser.ParserExtension {

    private ContractMarkdownExtension() {}

    public static ContractMarkdownExtension create() {
        return new ContractMarkdownExtension();
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder
                .customBlockParserFactory(new DirectiveBlockParser.Factory())
                .customInlineContentParserFactory(new CrossReferenceParser.Factory())
                .customInlineContentParserFactory(new BraceParser.Factory())
                .postProcessor(new HeadingAttributesPostProcessor());
    }
}

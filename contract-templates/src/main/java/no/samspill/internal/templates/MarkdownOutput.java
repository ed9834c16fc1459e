package no.samspill.internal.templates;

import freemarker.core.CommonTemplateMarkupOutputModel;

/** A piece of Markdown that Freemarker prints as it is: already escaped, or written by the engine. */
public final class MarkdownOutput extends CommonTemplateMarkupOutputModel<MarkdownOutput> {

    MarkdownOutput(String plainTextContent, String markupContent) {
        super(plainTextContent, markupContent);
    }

    @Override
    public MarkdownOutputFormat getOutputFormat() {
        return MarkdownOutputFormat.INSTANCE;
    }
}

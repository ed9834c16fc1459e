/**
 * The built-in template pack (Freemarker clauses in Norwegian and English) and the starter
 * description. Core finds the pack through {@link java.util.ServiceLoader}.
 */
module no.samspill.templates {
    // FreemarkerTemplatePack is a TemplatePack that renders a Contract into a Document.
    requires transitive no.samspill.core;

    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires freemarker;

    exports no.samspill.templates;

    // Freemarker calls the accessors of the values handed to the templates (the resolved base
    // agreement, the labels); Jackson binds the pack manifest onto a private record.
    exports no.samspill.internal.templates to freemarker;
    opens no.samspill.internal.templates to com.fasterxml.jackson.databind;

    provides no.samspill.TemplatePack with no.samspill.templates.BuiltInTemplatePack;
}

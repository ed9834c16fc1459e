/**
 * samspill's core: the model, reading and validation, the document tree, the renderers and the
 * embedding API ({@link no.samspill.ContractGenerator}).
 *
 * <p>Only the API packages are exported. The {@code internal} packages are the implementation:
 * the few that the template pack and the command line are built on are exported to those two
 * modules by name, so that embedding code cannot come to depend on them.
 */
module no.samspill.core {
    // The exported model records carry these libraries' annotations (and the constraints' Payload type).
    requires transitive jakarta.validation;
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive org.hibernate.validator;

    requires com.fasterxml.classmate;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.github.victools.jsonschema.generator;
    requires com.github.victools.jsonschema.module.jackson;
    requires com.github.victools.jsonschema.module.jakarta.validation;
    // A template pack's own checks are JSON Schemas, run by networknt's validator. Not required:
    // com.ethlo.time, which networknt names as a static dependency for "format": "date-time".
    // Its module exports only com.ethlo.time.token, so networknt could not call the parser on the
    // module path; without it networknt checks the format with java.time.
    requires com.networknt.schema;
    // Only for the fallback provider below.
    requires org.apache.logging.log4j;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.xmlbeans;
    // StAX: a user's reference document is scanned for its size and style count before POI parses it.
    requires java.xml;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires org.yaml.snakeyaml;

    exports no.samspill;
    exports no.samspill.catalogue;
    exports no.samspill.doc;
    exports no.samspill.model;
    exports no.samspill.render;

    // The Freemarker pack turns its clauses' Markdown into the document tree with core's parser.
    exports no.samspill.internal.markdown to no.samspill.templates;
    // `samspill check` reads its maximal and minimal descriptions without a pack to validate them by.
    exports no.samspill.internal.read to no.samspill.templates;
    // A pack's manifest checks its own checks by the codes of the built-in ones, and their
    // schemas the way validation will run them, so that a mistake names pack.yaml and the line.
    exports no.samspill.internal.validate to no.samspill.templates;
    // `samspill init` writes its files the way the renderers do: whole or not at all.
    exports no.samspill.internal.io to no.samspill.cli;
    // The pack rewrites the sides' terms in the finished tree when a side has several parties.
    exports no.samspill.internal.doc to no.samspill.templates;

    // Jackson binds the description onto the records and writes their defaults into the schema;
    // Hibernate Validator reads their private fields. (The schema generator only lists members,
    // which the export allows.)
    opens no.samspill.model to com.fasterxml.jackson.databind, org.hibernate.validator;
    // The catalogue file is bound onto a private record.
    opens no.samspill.catalogue to com.fasterxml.jackson.databind;

    uses no.samspill.TemplatePack;

    // POI logs through the Log4j API: this provider keeps the API quiet in an application that has
    // none of its own, and gives way to any that it has (see Log4jFallbackProvider).
    provides org.apache.logging.log4j.spi.Provider with no.samspill.internal.logging.Log4jFallbackProvider;
}

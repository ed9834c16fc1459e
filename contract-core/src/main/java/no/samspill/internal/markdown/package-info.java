/**
 * The Markdown reading shared by text fields and templates: commonmark-java with the tables
 * extension, plus the contract extension (anchored headings, cross-references, defined terms,
 * block directives), and the conversion from the commonmark AST into the document tree.
 *
 * <p>The contract extension is only switched on for template output. A text field is read as
 * Markdown-lite on its own, so user text can never produce a directive, an anchor or a
 * cross-reference.
 */
package no.samspill.internal.markdown;

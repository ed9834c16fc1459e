/**
 * The Freemarker template engine behind {@code FreemarkerTemplatePack}: the Markdown output
 * format that escapes every value, the sandbox, the helpers templates see ({@code fmt},
 * {@code label}, {@code base}), the pack files and manifest, and one render of a contract.
 */
package no.samspill.internal.templates;

/**
 * Checks a contract description once it is read: Bean Validation on the model records, then the
 * rules that span fields (format version, organisation numbers, term, unique ids, references,
 * principles, base agreement, Markdown-lite text fields). Every problem is found in one pass.
 */
package no.samspill.internal.validate;

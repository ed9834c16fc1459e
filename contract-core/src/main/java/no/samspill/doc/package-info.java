/**
 * The document tree: a small, immutable tree with legal meaning between the templates and
 * the renderers. Parts hold numbered sections; sections hold paragraphs, lists, tables and
 * sub-sections; inlines carry emphasis, defined terms and cross-references.
 *
 * <p>Numbers are not written by templates: {@code DocumentPasses} computes section numbers and
 * resolves cross-references once, and every renderer prints those same numbers.
 */
package no.samspill.doc;

/**
 * The base-agreement catalogue: the SSA codes and versions a template pack knows, with
 * only checked facts (names, appendix numbers, cited clauses). Where a fact is unknown the
 * field is empty and the contract text uses a generic wording instead of a number.
 */
package no.samspill.catalogue;

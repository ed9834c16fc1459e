/**
 * The base-agreement catalogue: the SSA codes and versions a template pack knows, with
 * only checked facts: names, appendix numbers (changes to the general text, administrative
 * provisions, changes after signing, price, service levels), whether the price appendix holds
 * the bonus, and the clauses a contract may cite by number and title ({@link
 * no.samspill.catalogue.ClauseKey}). Where a fact is unknown the field is empty (or the clause
 * absent) and the contract text uses a generic wording instead of a number.
 */
package no.samspill.catalogue;

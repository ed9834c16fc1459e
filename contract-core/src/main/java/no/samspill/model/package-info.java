/**
 * The contract description as immutable records, one per mapping of the YAML format
 * (see {@code docs/format.md}). Component names are the format's keys, so that templates
 * and problem paths read exactly like the YAML a user wrote.
 *
 * <p>Records apply the defaults the format names in their compact constructors; they hold no
 * behaviour beyond derived values. Validation lives in {@code ContractValidator}.
 */
package no.samspill.model;

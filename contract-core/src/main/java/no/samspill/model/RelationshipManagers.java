package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each side's relationship manager and, where a side has several parties, each party's own.
 *
 * @param customer the customer side's relationship manager, who acts for the whole side
 * @param parties the relationship managers of single parties, by party id: each party's point of
 *     contact within its side; empty when none are named
 */
@JsonClassDescription("Each side's relationship manager and, where a side has several parties, each party's own.")
public record RelationshipManagers(
        @JsonPropertyDescription("The customer side's relationship manager.")
        @Valid Person customer,
        @JsonPropertyDescription("The supplier side's relationship manager.")
        @Valid Person supplier,
        @JsonPropertyDescription("Where a side has several parties: a party's own relationship manager, by the party's id.")
        Map<String, @Valid Person> parties) {

    public RelationshipManagers {
        parties = parties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parties));
    }

    /** The two sides' relationship managers, without managers of single parties. */
    public RelationshipManagers(Person customer, Person supplier) {
        this(customer, supplier, null);
    }
}

package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;

/** Each party's relationship manager. */
@JsonClassDescription("Each party's relationship manager.")
public record RelationshipManagers(
        @JsonPropertyDescription("The customer's relationship manager.")
        @Valid Person customer,
        @JsonPropertyDescription("The supplier's relationship manager.")
        @Valid Person supplier) {}

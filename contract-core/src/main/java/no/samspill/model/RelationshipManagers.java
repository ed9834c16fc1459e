package no.samspill.model;

import jakarta.validation.Valid;

/** Each party's relationship manager. */
public record RelationshipManagers(@Valid Person customer, @Valid Person supplier) {}

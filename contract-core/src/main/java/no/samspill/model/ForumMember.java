package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A seat in a forum: the party and the role that holds it. */
@JsonClassDescription("A seat in a forum: the party and the role that holds it.")
public record ForumMember(
        @JsonPropertyDescription("The party that holds the seat: customer or supplier.")
        @NotNull PartyRole party,
        @JsonPropertyDescription("The role that holds the seat, for example fagdirektør: one line.")
        @Translatable @NotBlank @OneLine String role) {}

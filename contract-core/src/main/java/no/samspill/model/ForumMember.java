package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A seat in a forum: the party and the role that holds it. */
@JsonClassDescription("A seat in a forum: the party and the role that holds it.")
public record ForumMember(
        @JsonPropertyDescription("The party that holds the seat: customer or supplier (a side), or a party's id.")
        @NotNull PartyRef party,
        @JsonPropertyDescription("The role that holds the seat, for example fagdirektør: one line.")
        @Translatable @NotBlank @OneLine String role) {

    /** A seat held by a side. */
    public ForumMember(PartyRole party, String role) {
        this(party == null ? null : PartyRef.of(party), role);
    }
}

package no.samspill.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A seat in a forum: the party and the role that holds it. */
public record ForumMember(@NotNull PartyRole party, @NotBlank @OneLine String role) {}

package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An entry of the joint risk register at signing. */
@JsonClassDescription("An entry of the joint risk register at signing.")
public record Risk(
        @JsonPropertyDescription("The risk's id, unique among risks: a lower-case letter, then up to 39 lower-case letters, digits or hyphens.")
        @NotNull @Slug String id,
        @JsonPropertyDescription("What could go wrong.")
        @Translatable @NotBlank String description,
        @JsonPropertyDescription("Who answers for the risk: customer, supplier, joint (the Parties together) or a party's id.")
        @NotNull PartyRef owner,
        @JsonPropertyDescription("How the risk is reduced.")
        @Translatable String mitigation) {

    /** A risk for which a side or the Parties together answer. */
    public Risk(String id, String description, Responsible owner, String mitigation) {
        this(id, description, owner == null ? null : PartyRef.of(owner), mitigation);
    }
}

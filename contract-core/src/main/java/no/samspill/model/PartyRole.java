package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** Which side of the contract someone or something belongs to. */
@JsonClassDescription("Which party: customer or supplier.")
public enum PartyRole {
    customer,
    supplier
}

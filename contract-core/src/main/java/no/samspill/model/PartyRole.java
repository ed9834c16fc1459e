package no.samspill.model;

/** Which side of the contract someone or something belongs to. */
public enum PartyRole {
    customer,
    supplier
}

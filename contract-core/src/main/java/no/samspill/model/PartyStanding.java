package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** A party's standing on its side of the Agreement. */
@JsonClassDescription("A party's standing on its side: lead, member or subcontractor.")
public enum PartyStanding {
    /** Acts for its side where the side's rules say so, within the limits the Agreement sets. */
    lead,
    /** A customer that procures with the others, or a member of the supplier consortium. */
    member,
    /** A named subcontractor of the suppliers: may sit in forums, is not a party and does not sign. */
    subcontractor
}

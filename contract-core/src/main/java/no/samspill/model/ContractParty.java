package no.samspill.model;

/**
 * One party as clauses and checks see it, whichever form the description uses.
 *
 * @param id the party's id; {@code customer} or {@code supplier} in the two-party form
 * @param side the side the party is on
 * @param party the party as described
 */
public record ContractParty(String id, PartyRole side, Party party) {

    /** Whether the party signs the Agreement: every party but a subcontractor. */
    public boolean signs() {
        return party.signs();
    }
}

package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** How a side with several parties decides what the Agreement leaves to the side. */
@JsonClassDescription("How a side with several parties decides: lead, majority or unanimity.")
public enum SideDecision {
    /** The lead party decides for the side. */
    lead,
    /** A majority of the side's parties that sign, each with one vote. */
    majority,
    /** Every party of the side that signs. */
    unanimity
}
